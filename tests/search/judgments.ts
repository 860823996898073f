/**
 * Relevance judgments over the sample archive: a query as a reader might type it, and the
 * page that must come up in the top three. Each names the skill it tests.
 */
export type Judgment = { query: string; expected: string; kind: string };

const nfd = (text: string) => text.normalize('NFD');

export const JUDGMENTS: Judgment[] = [
  // Exact spelling
  { kind: 'exact', query: 'Người hiến đất ở Na Rì', expected: '/bai-viet/nguoi-hien-dat-o-na-ri/' },
  { kind: 'exact', query: 'Giữ rừng như giữ nhà', expected: '/bai-viet/giu-rung-nhu-giu-nha/' },
  {
    kind: 'exact',
    query: 'bữa cơm có thịt',
    expected: '/bai-viet/bua-com-co-thit-cua-hoc-tro-pac-nam/',
  },
  { kind: 'exact', query: 'tủ sách', expected: '/mo-hinh/tu-sach-cong-dong-khu-pho/' },
  { kind: 'exact', query: 'đàn ong', expected: '/bai-viet/ong-dung-va-nhung-dan-ong/' },
  { kind: 'exact', query: 'bác', expected: '/chuyen-de/hoc-va-lam-theo-bac/' },
  // Without diacritics
  { kind: 'folded', query: 'nguoi hien dat', expected: '/bai-viet/nguoi-hien-dat-o-na-ri/' },
  { kind: 'folded', query: 'giu rung nhu giu nha', expected: '/bai-viet/giu-rung-nhu-giu-nha/' },
  { kind: 'folded', query: 'du lich cong dong', expected: '/mo-hinh/du-lich-cong-dong-ven-ho/' },
  { kind: 'folded', query: 'chu nhat xanh', expected: '/mo-hinh/ngay-chu-nhat-xanh/' },
  { kind: 'folded', query: 'nuoi ong', expected: '/mo-hinh/to-hop-tac-nuoi-ong/' },
  { kind: 'folded', query: 'ban tru', expected: '/mo-hinh/bep-an-ban-tru/' },
  // "d" for "đ"
  { kind: 'đ', query: 'cho don', expected: '/dia-phuong/cho-don/' },
  { kind: 'đ', query: 'dang thi lan', expected: '/nhan-vat/dang-thi-lan/' },
  { kind: 'đ', query: 'ha van duc', expected: '/nhan-vat/ha-van-duc/' },
  { kind: 'đ', query: 'dong von nho', expected: '/bai-viet/dong-von-nho-nghia-tinh-lon/' },
  {
    kind: 'đ',
    query: 'doan thanh nien',
    expected: '/mo-hinh/doan-thanh-nien-trung-tam-y-te-vi-benh-nhan-ngheo/',
  },
  { kind: 'đ', query: 'dong thuan', expected: '/chuyen-de/nong-thon-moi-tu-suc-dan/' },
  { kind: 'đ', query: 'mo duong lien thon', expected: '/mo-hinh/hien-dat-mo-duong-lien-thon/' },
  // The other tone placement, both ways
  { kind: 'tone style', query: 'Ma Văn Hoà', expected: '/nhan-vat/ma-van-hoa/' },
  { kind: 'tone style', query: 'Triệu Thị Thuý', expected: '/nhan-vat/trieu-thi-thuy/' },
  {
    kind: 'tone style',
    query: 'lan toả',
    expected: '/bai-viet/lan-toa-nhung-viec-lam-theo-bac-trong-cong-dong/',
  },
  { kind: 'tone style', query: 'Thúy', expected: '/nhan-vat/trieu-thi-thuy/' },
  // Decomposed Unicode (NFD), as some keyboards and copied text produce
  { kind: 'NFD', query: nfd('Chợ Đồn'), expected: '/dia-phuong/cho-don/' },
  { kind: 'NFD', query: nfd('Đặng Thị Lan'), expected: '/nhan-vat/dang-thi-lan/' },
  { kind: 'NFD', query: nfd('Bếp ăn bán trú'), expected: '/mo-hinh/bep-an-ban-tru/' },
  // Upper case
  { kind: 'upper case', query: 'NÔNG THỊ MAI', expected: '/nhan-vat/nong-thi-mai/' },
  { kind: 'upper case', query: 'PAC NAM', expected: '/dia-phuong/pac-nam/' },
  // Place names
  { kind: 'place', query: 'Ba Bể', expected: '/dia-phuong/ba-be/' },
  { kind: 'place', query: 'Ngân Sơn', expected: '/dia-phuong/ngan-son/' },
  { kind: 'place', query: 'ngan son', expected: '/dia-phuong/ngan-son/' },
  { kind: 'place', query: 'Bạch Thông', expected: '/dia-phuong/bach-thong/' },
  { kind: 'place', query: 'cho moi', expected: '/dia-phuong/cho-moi/' },
  { kind: 'place', query: 'Thành phố Bắc Kạn', expected: '/dia-phuong/thanh-pho-bac-kan/' },
  // People
  { kind: 'person', query: 'Lương Văn Sáng', expected: '/nhan-vat/luong-van-sang/' },
  { kind: 'person', query: 'be van dung', expected: '/nhan-vat/be-van-dung/' },
  { kind: 'person', query: 'Đức', expected: '/nhan-vat/ha-van-duc/' },
  // Models
  { kind: 'model', query: 'quỹ tiết kiệm', expected: '/mo-hinh/quy-tiet-kiem-cong-dong/' },
  {
    kind: 'model',
    query: 'hop tac xa nong nghiep cong nghe cao',
    expected: '/mo-hinh/hop-tac-xa-nong-nghiep-cong-nghe-cao/',
  },
  {
    kind: 'model',
    query: 'nói lời hay, làm việc tốt',
    expected: '/mo-hinh/noi-loi-hay-lam-viec-tot/',
  },
  { kind: 'model', query: 'trong rung', expected: '/mo-hinh/to-tuong-tro-trong-rung/' },
  // Multi-word phrases and series
  {
    kind: 'phrase',
    query: 'khỉ ho cò gáy',
    expected: '/bai-viet/toi-muon-bien-noi-khi-ho-co-gay-nay-thanh-noi-dang-song/',
  },
  {
    kind: 'phrase',
    query: 'nhu cầu tự thân',
    expected: '/bai-viet/hoc-va-lam-theo-bac-tro-thanh-nhu-cau-tu-than/',
  },
  { kind: 'phrase', query: 'hoc va lam theo bac', expected: '/chuyen-de/hoc-va-lam-theo-bac/' },
  {
    kind: 'phrase',
    query: 'nông thôn mới từ sức dân',
    expected: '/chuyen-de/nong-thon-moi-tu-suc-dan/',
  },
  { kind: 'phrase', query: 'người giữ lửa', expected: '/chuyen-de/nguoi-giu-lua-o-ban/' },
  {
    kind: 'phrase',
    query: 'ba việc làm',
    expected: '/bai-viet/moi-can-bo-dang-vien-dang-ky-ba-viec-lam-theo-bac/',
  },
  {
    kind: 'phrase',
    query: 'chiến sĩ áo xanh',
    expected: '/bai-viet/loi-hay-viec-tot-cua-nguoi-chien-si-ao-xanh/',
  },
];

/** Queries whose exact-tone spelling must rank a page with exactly that word first. */
export const EXACT_FIRST: { query: string; word: string }[] = [
  { query: 'bác', word: 'bác' },
  { query: 'bắc', word: 'bắc' },
  { query: 'hồ', word: 'hồ' },
  { query: 'đồn', word: 'đồn' },
];
