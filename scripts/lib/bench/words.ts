/** The vocabulary of the synthetic articles: common Vietnamese words and names, most frequent first. */

/** Words and short phrases of news prose; each space-separated part is one syllable. */
export const WORDS: readonly string[] = (
  'và|của|các|những|một|có|được|trong|cho|là|người|với|đã|không|này|để|từ|đến|năm|cũng|như|' +
  'khi|nhiều|thì|làm|đó|theo|tại|về|ra|người dân|bà con|xã|thôn|bản|nông thôn|phát triển|' +
  'kinh tế|sản xuất|hộ gia đình|cây trồng|vật nuôi|rừng|đất|nước sạch|con đường|điện|trường học|' +
  'học sinh|giáo viên|trạm y tế|cán bộ|đảng viên|chi bộ|phong trào|mô hình|hợp tác xã|tổ chức|' +
  'hội phụ nữ|thanh niên|cựu chiến binh|huyện|tỉnh|vùng cao|đồng bào|dân tộc|văn hóa|du lịch|' +
  'cộng đồng|hồ|núi|suối|ruộng bậc thang|lúa|ngô|chè|cam|quýt|hồng không hạt|miến dong|nuôi ong|' +
  'trâu|bò|lợn|gà|cá|vốn vay|tiết kiệm|thu nhập|ổn định|giảm nghèo|bền vững|đời sống|nâng cao|' +
  'chất lượng|niềm tin|trách nhiệm|gương mẫu|đoàn kết|đồng thuận|hiến đất|góp công|xây dựng|' +
  'sửa chữa|nhà văn hóa|sân chơi|chợ|cây cầu|bê tông|ki lô mét|mét vuông|triệu đồng|tỷ đồng|tấn|' +
  'héc ta|lao động|việc làm|kỹ thuật|khoa học|công nghệ|giống mới|thị trường|sản phẩm|thương hiệu|' +
  'tiêu thụ|mùa vụ|thu hoạch|chăm sóc|bảo vệ|môi trường|vệ sinh|rác thải|ngày chủ nhật xanh|' +
  'học tập|làm theo|tấm gương|đạo đức|phong cách|kế hoạch|nhiệm vụ|chỉ tiêu|kết quả|hiệu quả|' +
  'thiết thực|cụ thể|lâu dài|từng bước|vươn lên|thoát nghèo|khá giả|đổi thay|khang trang|' +
  'sạch đẹp|an toàn|an ninh|trật tự|bình yên|ấm no|hạnh phúc|tình làng nghĩa xóm|giúp đỡ|' +
  'chia sẻ|vận động|tuyên truyền|hướng dẫn|tập huấn|hội nghị|sơ kết|tổng kết|khen thưởng|' +
  'biểu dương|điển hình|tiên tiến|sáng tạo|đổi mới|chủ động|tự giác|kiên trì|bền bỉ|cần cù|' +
  'chịu khó|sáng kiến|kinh nghiệm|bài học|con cháu|thế hệ|ông bà|cha mẹ|gia đình|dòng họ|' +
  'trưởng thôn|bí thư|chủ tịch|mặt trận|đoàn thể|chính quyền|cơ sở|địa phương|vùng sâu|vùng xa|' +
  'biên giới|khó khăn|thuận lợi|thách thức|cơ hội|tiềm năng|lợi thế|đặc sản|nông sản|' +
  'hàng hóa|liên kết|chuỗi giá trị|doanh nghiệp|đầu tư|hỗ trợ|chính sách|nguồn lực|ngân sách|' +
  'công trình|dự án|hạ tầng|giao thông|thủy lợi|kênh mương|bể nước|nhà ở|mái ấm|tình thương|' +
  'buổi sáng|mùa xuân|mùa đông|sương mù|đồi|thung lũng|dòng sông|bờ hồ|cánh rừng|nương|' +
  'bắp cải|dong riềng|khoai|sắn|măng|nấm|mật ong|thảo dược|dược liệu|gỗ|quế|hồi|trám|' +
  'năm nay|năm ngoái|hôm nay|mỗi tháng|mỗi năm|gần đây|trước kia|bây giờ|sau này|' +
  'rất|đều|vẫn|còn|luôn|đang|sẽ|mới|lại|nên|vì|nhưng|mà|nếu|hay|hơn|nhất|cùng|chung|riêng'
).split('|');

/** Words that start a heading. */
export const HEADING_STARTS: readonly string[] = [
  'Từ',
  'Khi',
  'Những',
  'Chuyện',
  'Để',
  'Nơi',
  'Mỗi',
  'Bài học',
  'Niềm vui',
  'Con đường',
];

/** Vietnamese family names. */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Hà',
  'Nông',
  'Triệu',
  'Lương',
  'Ma',
  'Đặng',
  'Bế',
  'Lường',
  'Lục',
  'Hứa',
  'Đàm',
  'Lộc',
  'Dương',
];

/** Middle names. */
export const MIDDLE_NAMES: readonly string[] = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Thanh',
  'Hữu',
  'Ngọc',
  'Kim',
];

/** Given names. */
export const GIVEN_NAMES: readonly string[] = [
  'Đức',
  'Lan',
  'Mai',
  'Sáng',
  'Hòa',
  'Thủy',
  'Dũng',
  'Hùng',
  'Hoa',
  'Huệ',
  'Tâm',
  'Bình',
  'An',
  'Nam',
  'Phong',
  'Hải',
  'Hạnh',
  'Hương',
  'Tuấn',
  'Thắng',
  'Lợi',
  'Quang',
  'Vinh',
  'Thảo',
  'Chiến',
  'Cường',
  'Đông',
  'Duyên',
  'Nhàn',
  'Khánh',
];

/** Village names (Tày-like), for places in titles and models. */
export const VILLAGES: readonly string[] = [
  'Nà Làng',
  'Khuổi Slẩy',
  'Bản Cám',
  'Nà Đon',
  'Cốc Phia',
  'Pác Ngòi',
  'Bó Lù',
  'Nặm Dất',
  'Khau Ca',
  'Phiêng Phàng',
  'Nà Mằm',
  'Thôm Mò',
  'Bản Vọt',
  'Khuổi Khỉ',
  'Nà Pài',
  'Cốc Lùng',
];

/** What a model does, for model names. */
export const MODEL_ACTIVITIES: readonly string[] = [
  'nuôi ong lấy mật',
  'trồng cam sành',
  'làm miến dong',
  'chè an toàn',
  'du lịch cộng đồng',
  'quỹ tiết kiệm',
  'tủ sách cộng đồng',
  'bếp ăn bán trú',
  'tổ tự quản đường làng',
  'giữ rừng đầu nguồn',
  'dược liệu dưới tán rừng',
  'nuôi cá lồng',
  'hồng không hạt',
  'vườn mẫu',
  'nước sạch tự chảy',
];

/** Kinds of organisation that run a model. */
export const ORGANIZATIONS: readonly string[] = [
  'Hội Nông dân xã',
  'Hội Liên hiệp Phụ nữ xã',
  'Đoàn Thanh niên xã',
  'Hội Cựu chiến binh xã',
  'Chi bộ thôn',
  'Hợp tác xã',
  'Ủy ban Mặt trận Tổ quốc xã',
];

/** Roles of exemplary people. */
export const ROLES: readonly string[] = [
  'Nông dân',
  'Trưởng thôn',
  'Bí thư chi bộ',
  'Giáo viên',
  'Y sĩ',
  'Cựu chiến binh',
  'Chủ hợp tác xã',
  'Đoàn viên thanh niên',
  'Người có uy tín',
];
