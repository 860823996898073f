/** Every piece of user-facing text, in Vietnamese. Components and pages take text from here only. */
export const t = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  mainNav: 'Điều hướng chính',
  nav: {
    series: 'Chuyên đề',
    districts: 'Địa phương',
    models: 'Mô hình',
    people: 'Nhân vật',
    topics: 'Chủ đề',
    archive: 'Lưu trữ',
  },
  sampleNotice:
    'Trang này là bản trình diễn: kho lưu trữ chứa nội dung mẫu. Các nhân vật, mô hình và câu chuyện được đánh dấu “hư cấu” là do nhóm phát triển viết ra, không có thật.',
  invented: 'Hư cấu',
  inventedPerson: 'Nhân vật hư cấu, dùng làm dữ liệu mẫu.',
  inventedModel: 'Mô hình hư cấu, dùng làm dữ liệu mẫu.',
  inventedArticle:
    'Câu chuyện trong bài có người và việc hư cấu, viết làm nội dung mẫu; các số liệu chung lấy từ nguồn đã công bố.',
  draft: 'Bản nháp',
  scheduled: 'Hẹn giờ đăng',
  unpublishedNotice: 'Chỉ thấy khi xem trước: bài này chưa được đăng.',
  home: {
    latest: 'Bài mới nhất',
    allLatest: 'Xem toàn bộ lưu trữ',
    series: 'Chuyên đề',
    allSeries: 'Tất cả chuyên đề',
    districts: 'Theo địa phương',
    models: 'Mô hình tiêu biểu',
    allModels: 'Tất cả mô hình',
    people: 'Gương điển hình',
    allPeople: 'Tất cả nhân vật',
  },
  article: {
    updated: (date: string) => `Cập nhật ${date}`,
    corrections: 'Đính chính',
    districts: 'Địa phương',
    topics: 'Chủ đề',
    models: 'Mô hình',
    people: 'Nhân vật',
    about: 'Bài viết này nói về',
    photo: 'Ảnh',
    listen: 'Nghe bài viết',
    readingTime: (minutes: number) => `${minutes} phút đọc`,
    contents: 'Nội dung chính',
    related: 'Xem thêm',
    share: 'Chia sẻ bài viết',
    copyLink: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết',
    copyFailed: 'Không sao chép được; hãy chép địa chỉ trên thanh trình duyệt.',
    shareNative: 'Chia sẻ qua ứng dụng (Zalo, tin nhắn…)',
    shareFacebook: 'Facebook',
    shareEmail: 'Gửi thư',
    speech: {
      label: 'Nghe bài viết bằng giọng đọc của máy',
      play: 'Nghe',
      pause: 'Tạm dừng',
      resume: 'Nghe tiếp',
      stop: 'Dừng',
      speed: 'Tốc độ',
    },
    duration: (time: string) => `thời lượng ${time}`,
    download: 'Tải bản ghi âm',
  },
  series: {
    kicker: (part: number, total: number | undefined) =>
      total ? `Bài ${part}/${total}` : `Bài ${part}`,
    part: (part: number) => `Bài ${part}`,
    box: 'Các bài trong chuyên đề',
    boxBottom: 'cuối bài',
    current: 'Đang đọc',
    previous: 'Bài trước',
    next: 'Bài tiếp',
    missing: 'Chưa có trong kho lưu trữ',
    missingUntitled: 'Bài này chưa có trong kho lưu trữ',
    complete: 'Đã đăng trọn bộ',
    ongoing: 'Đang tiếp tục',
    parts: (count: number) => `${count} bài`,
    seriesComplete: 'Hết chuyên đề',
    more: 'Các kỳ tiếp theo đang được thực hiện.',
  },
  listing: {
    stories: 'Bài viết',
    noStories: 'Chưa có bài viết nào.',
    models: 'Mô hình',
    people: 'Nhân vật',
    history: 'Lịch sử địa giới',
    count: (count: number) => `${count} bài viết`,
    modelCount: (count: number) => `${count} mô hình`,
    personCount: (count: number) => `${count} nhân vật`,
    organization: 'Đơn vị',
    started: 'Bắt đầu từ',
    category: 'Lĩnh vực',
    district: 'Địa bàn',
    provinceWide: 'Toàn tỉnh',
    achievements: 'Việc làm tiêu biểu',
    storiesAbout: 'Các bài viết',
  },
  kinds: { city: 'Thành phố', district: 'Huyện', town: 'Thị xã' },
  chart: {
    title: 'Số bài viết theo năm',
    yearCount: (year: number, count: number) => `${year}: ${count} bài`,
  },
  timeline: 'Dòng thời gian',
  /** The kinds of search results, also the values of the "kind" search filter. */
  searchKinds: {
    article: 'Bài viết',
    series: 'Chuyên đề',
    district: 'Địa phương',
    model: 'Mô hình',
    person: 'Nhân vật',
  },
  pagination: {
    label: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: (n: number) => `Trang ${n}`,
    newest: 'Mới nhất',
  },
  titles: {
    seriesIndex: 'Chuyên đề',
    seriesIndexDescription: 'Các loạt bài nhiều kỳ, theo thứ tự đăng.',
    districtIndex: 'Địa phương',
    districtIndexDescription: (province: string) =>
      `Các đơn vị hành chính cấp huyện của ${province} như khi bài viết được đăng.`,
    modelIndex: 'Mô hình tiêu biểu',
    modelIndexDescription:
      'Các mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    personIndex: 'Nhân vật',
    personIndexDescription: 'Những con người trong các câu chuyện của kho lưu trữ.',
    topicIndex: 'Chủ đề',
    topicIndexDescription: 'Bài viết theo lĩnh vực.',
    archiveIndex: 'Lưu trữ theo năm',
    archiveIndexDescription: 'Toàn bộ bài viết đã đăng, theo từng năm.',
    year: (year: number) => `Năm ${year}`,
    /** Without a count on a listing's numbered pages, which stay the same as stories come. */
    yearDescription: (year: number, count?: number) =>
      `${count === undefined ? 'Các' : count} bài viết đăng trong năm ${year}.`,
    topicDescription: (name: string, count?: number) =>
      count === undefined ? `Các bài viết về ${name}.` : `${name}: ${count} bài viết.`,
    districtDescription: (place: string, count?: number) =>
      count === undefined ? `${place}.` : `${place}: ${count} bài viết.`,
    district: (kind: string, name: string) => `${kind} ${name}`,
    topic: (name: string) => `Chủ đề: ${name}`,
    paged: (title: string, n?: number) => (n === undefined ? title : `${title} (trang ${n})`),
  },
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Trang bạn tìm không có trong kho lưu trữ.',
    body: 'Có thể đường dẫn đã gõ sai, hoặc trang đã được chuyển đi. Mời bạn tìm theo các mục dưới đây.',
    home: 'Về trang chủ',
  },
  footer: {
    about: (publisher: string) => `Kho lưu trữ bài viết của ${publisher}.`,
    rss: 'Theo dõi qua RSS',
  },
  theme: 'Giao diện sáng hoặc tối theo cài đặt của thiết bị.',
  search: {
    title: 'Tìm kiếm',
    description:
      'Tìm bài viết, chuyên đề, địa phương, mô hình và nhân vật trong kho lưu trữ, có dấu hay không dấu đều được.',
    label: 'Tìm trong kho lưu trữ',
    placeholder: 'Ví dụ: Chợ Đồn, quỹ tiết kiệm, dang thi lan',
    submit: 'Tìm',
    hint: 'Gõ có dấu hoặc không dấu; “d” cũng tìm được “đ”.',
    noScript:
      'Trang tìm kiếm cần JavaScript để chạy trên máy của bạn. Bạn vẫn có thể tra cứu theo các mục sau:',
    loading: 'Đang tìm…',
    failed:
      'Không tải được bộ tìm kiếm. Mời bạn thử lại sau hoặc tra cứu theo các mục trong kho lưu trữ.',
    empty: 'Nhập từ khóa để tìm.',
    none: (query: string) => `Không tìm thấy kết quả nào cho “${query}”.`,
    count: (count: number, query: string) => `${count} kết quả cho “${query}”`,
    filtersTitle: 'Lọc kết quả',
    filterNames: {
      kind: 'Loại',
      series: 'Chuyên đề',
      district: 'Địa phương',
      topic: 'Chủ đề',
      year: 'Năm',
    },
    sort: 'Sắp xếp',
    sortRelevance: 'Phù hợp nhất',
    sortDate: 'Mới nhất',
    clearFilters: 'Bỏ mọi bộ lọc',
    more: 'Xem thêm kết quả',
    moreValues: (count: number) => `Xem thêm ${count} mục`,
    opensearch: (name: string) => `Tìm trong ${name}`,
  },
  feeds: {
    title: (name: string, siteName: string) =>
      name === siteName ? siteName : `${name} | ${siteName}`,
    district: (name: string) => `Bài viết mới về ${name}.`,
    topic: (name: string) => `Bài viết mới về chủ đề ${name}.`,
    person: (name: string) => `Bài viết về ${name}.`,
    author: (name: string) => `Bài viết của ${name}.`,
    follow: 'Theo dõi qua RSS',
    followThis: 'Theo dõi mục này qua RSS',
    pageTitle: 'Theo dõi qua RSS',
    pageDescription:
      'Các nguồn tin RSS của kho lưu trữ: toàn bộ, từng chuyên đề, địa phương, chủ đề, mô hình, nhân vật và tác giả.',
    what: 'RSS là cách nhận bài mới mà không cần quay lại trang: dán địa chỉ của một nguồn tin vào ứng dụng đọc tin (như Feedly, Inoreader hay NetNewsWire), ứng dụng sẽ tự báo khi có bài mới.',
    opml: 'Tải tất cả nguồn tin (OPML) để nhập một lần vào ứng dụng đọc tin',
    groups: {
      archive: 'Toàn bộ kho lưu trữ',
      series: 'Chuyên đề',
      district: 'Địa phương',
      topic: 'Chủ đề',
      model: 'Mô hình',
      person: 'Nhân vật',
      author: 'Tác giả',
    },
    items: (count: number) => `${count} bài`,
    stylesheetIntro: 'Đây là một nguồn tin RSS.',
    stylesheetHow:
      'Để theo dõi, hãy sao chép địa chỉ của trang này và dán vào ứng dụng đọc tin của bạn. Ứng dụng sẽ tự cập nhật khi có bài mới.',
    stylesheetLatest: 'Các bài trong nguồn tin',
    stylesheetVisit: 'Xem trang trên web',
  },
  /** Link previews, breadcrumbs and structured data. */
  sharing: {
    home: 'Trang chủ',
    breadcrumb: 'Bạn đang ở',
    author: 'Tác giả',
    authors: 'Tác giả',
    inventedAuthor: 'Tác giả hư cấu, dùng làm dữ liệu mẫu.',
    authorIndexDescription:
      'Các phóng viên, cộng tác viên và ban biên tập có bài trong kho lưu trữ.',
    /** An author page's description: their role, if any, then how many stories they wrote. */
    /** Without a count on the numbered pages of the author's listing. */
    authorDescription: (name: string, count?: number, role?: string) =>
      role
        ? `${role.replace(/[.\s]+$/, '')}.${count === undefined ? '' : ` ${count} bài viết.`}`
        : count === undefined
          ? `Các bài viết của ${name}.`
          : `${name}: ${count} bài viết.`,
    /** The kicker of a series part's card: "Bài 2/3 · <series title>". */
    partOfSeries: (kicker: string, series: string) => `${kicker} · ${series}`,
    /** The alt text of a generated card: what the picture says. */
    cardAlt: (title: string, publisher: string) => `${title} (${publisher})`,
  },
  /** The browser editor (/admin/): collections, fields and their hints. */
  editor: {
    title: 'Tòa soạn: biên tập kho lưu trữ',
    collections: {
      articles: { label: 'Bài viết', singular: 'bài viết' },
      series: { label: 'Chuyên đề', singular: 'chuyên đề' },
      districts: { label: 'Địa phương', singular: 'địa phương' },
      models: { label: 'Mô hình', singular: 'mô hình' },
      people: { label: 'Nhân vật', singular: 'nhân vật' },
      authors: { label: 'Tác giả', singular: 'tác giả' },
      topics: { label: 'Chủ đề', singular: 'chủ đề' },
    },
    /** Labels of the fields, by their path in the front matter or data file. */
    fields: {
      title: 'Tiêu đề',
      description: 'Sa-pô (đoạn dẫn)',
      pubDate: 'Ngày giờ đăng',
      updatedDate: 'Ngày cập nhật',
      author: 'Tác giả',
      series: 'Chuyên đề',
      part: 'Bài số',
      districts: 'Địa phương',
      models: 'Mô hình',
      people: 'Nhân vật',
      topics: 'Chủ đề',
      cover: 'Ảnh đại diện',
      'cover.src': 'Tệp ảnh',
      'cover.alt': 'Mô tả ảnh (cho người không xem được ảnh)',
      'cover.caption': 'Chú thích',
      'cover.credit': 'Nguồn ảnh',
      audio: 'Bản ghi âm',
      'audio.src': 'Tệp âm thanh (MP3)',
      'audio.duration': 'Thời lượng (giây)',
      draft: 'Bản nháp (không đăng)',
      invented: 'Hư cấu (nội dung mẫu)',
      formerSlugs: 'Địa chỉ cũ của bài',
      corrections: 'Đính chính',
      'corrections.date': 'Ngày đính chính',
      'corrections.text': 'Nội dung đính chính',
      body: 'Nội dung bài',
      name: 'Tên',
      kind: 'Cấp hành chính',
      province: 'Tỉnh',
      order: 'Thứ tự trong danh sách',
      summary: 'Giới thiệu ngắn',
      history: 'Lịch sử, thay đổi địa giới',
      district: 'Địa phương',
      organization: 'Đơn vị',
      category: 'Lĩnh vực',
      started: 'Năm bắt đầu',
      role: 'Vai trò, chức vụ',
      achievements: 'Thành tích, việc làm tiêu biểu',
      quote: 'Câu nói tiêu biểu',
      status: 'Tình trạng',
      parts: 'Các bài đã lên kế hoạch',
      'parts.part': 'Bài số',
      'parts.title': 'Tiêu đề bài',
    },
    /** Hints under a field, where its label is not enough. */
    hints: {
      description:
        'Một hai câu tóm tắt bài: hiện trong danh sách bài, nguồn tin RSS và khi chia sẻ.',
      pubDate:
        'Giờ theo đồng hồ máy của bạn; tệp ghi theo giờ Việt Nam (+07:00). Một thời điểm trong tương lai là hẹn giờ: bài tự lên trang vào lúc đó.',
      updatedDate: 'Chỉ điền khi bài đã đăng được sửa nội dung.',
      author: 'Để trống: bài đứng tên tòa soạn.',
      part: 'Bắt buộc khi bài thuộc một chuyên đề: 1, 2, 3...',
      'cover.src': 'Ảnh được lưu cạnh bài viết.',
      'cover.alt':
        'Bắt buộc khi có ảnh. Tả điều ảnh cho thấy, như kể cho người nghe qua điện thoại.',
      'audio.src': 'Bắt buộc khi có bản ghi âm, cùng thời lượng.',
      'audio.duration': 'Số giây của bản ghi, ví dụ 315 cho 5 phút 15 giây.',
      formerSlugs:
        'Tên tệp cũ (không dấu, nối bằng gạch ngang) khi bài đổi tên: địa chỉ cũ sẽ chuyển về bài.',
      corrections: 'Mỗi lần sửa sai sót sau khi đăng, ghi ngày và nội dung đính chính.',
      invented: 'Đánh dấu khi người, việc hoặc mô hình không có thật (nội dung mẫu).',
      order: 'Để trống: xếp theo bảng chữ cái sau các địa phương có thứ tự.',
      history: 'Ví dụ: sáp nhập năm 2025.',
      status: 'Còn bài tiếp theo hay đã khép lại.',
      parts: 'Những bài chưa có trong kho, để bạn đọc biết chuyên đề còn gì.',
      body: 'Viết bằng Markdown. Các nút phía trên chèn hộp số liệu, trích dẫn, ảnh, mốc thời gian hay thẻ mô hình, nhân vật vào chỗ con trỏ; sửa chữ trong ngoặc kép cho đúng.',
    },
    /** The choices of a select field, by field name, then value. */
    options: {
      status: { ongoing: 'Đang tiếp tục', complete: 'Đã hoàn tất' },
    },
    idPattern: 'Chỉ chữ thường không dấu và số, nối bằng dấu gạch ngang',
    /** The buttons that insert a component into a body, and the fields of each. */
    components: {
      PullQuote: 'Trích dẫn nổi bật',
      Figure: 'Ảnh có chú thích',
      FactBox: 'Hộp số liệu',
      Timeline: 'Mốc thời gian',
      ModelCard: 'Thẻ mô hình',
      PersonCard: 'Thẻ nhân vật',
    },
    componentsToolbar: 'Chèn vào bài',
    /** The journalists' guide (src/admin/huong-dan.html), linked from the body's toolbar. */
    guide: 'Hướng dẫn biên tập',
    pickModel: 'Chèn thẻ mô hình…',
    pickPerson: 'Chèn thẻ nhân vật…',
    /**
     * What Decap CMS's own Vietnamese leaves in English (3.16), in its locale's shape: merged
     * over it by the editor's script. %{...} are Decap's placeholders.
     */
    decapLocale: {
      auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
      collection: {
        collectionTop: {
          viewAs: 'Xem dạng',
          viewAsList: 'Xem dạng danh sách',
          viewAsGrid: 'Xem dạng lưới',
          // A plain plus: the full-width one of Decap's is missing from many fonts.
          newButton: '+ %{collectionLabel}',
          groupBy: 'Nhóm theo',
        },
        entries: { unpublishedHeader: 'Bài chưa công bố' },
        groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
      },
      editor: {
        editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
        editorControlPane: {
          i18n: {
            writingInLocale: 'Đang viết bằng %{locale}',
            copyFromLocale: 'Điền từ ngôn ngữ khác',
            copyFromLocaleConfirm:
              'Điền dữ liệu từ bản %{locale}?\nMọi nội dung đang có sẽ bị ghi đè.',
          },
        },
        editorInterface: {
          toggleI18n: 'Bật/tắt đa ngôn ngữ',
          togglePreview: 'Bật/tắt xem trước',
          toggleScrollSync: 'Cuộn đồng thời',
          toggleNotes: 'Bật/tắt ghi chú',
        },
        editorNotesPane: {
          title: 'Ghi chú',
          emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi với tòa soạn.',
          addNote: 'Thêm ghi chú',
          addPlaceholder: 'Viết ghi chú…',
          editPlaceholder: 'Sửa ghi chú…',
          save: 'Lưu',
          cancel: 'Hủy',
          edit: 'Sửa',
          delete: 'Xóa',
          resolve: 'Đánh dấu đã xong',
          unresolve: 'Mở lại',
          confirmDelete: 'Xóa ghi chú này?',
          shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
        },
        editorToolbar: {
          statusInfoTooltipDraft:
            'Bài đang là bản nháp. Khi viết xong, chuyển trạng thái sang “Đang xét duyệt” để gửi duyệt.',
          statusInfoTooltipInReview:
            'Bài đang được duyệt, bạn không cần làm gì thêm; vẫn có thể sửa trong lúc chờ.',
        },
        editorWidgets: {
          markdown: {
            bold: 'Đậm',
            italic: 'Nghiêng',
            strikethrough: 'Gạch ngang',
            code: 'Mã',
            link: 'Liên kết',
            linkPrompt: 'Nhập địa chỉ của liên kết',
            headings: 'Tiêu đề mục',
            quote: 'Trích dẫn',
            bulletedList: 'Danh sách chấm',
            numberedList: 'Danh sách số',
            addComponent: 'Thêm khung',
            markdown: 'Markdown',
            toggleMode: {
              rich: 'Chuyển sang soạn thảo trực quan',
              markdown: 'Chuyển sang Markdown',
            },
          },
          image: {
            chooseMultiple: 'Chọn các hình',
            chooseUrl: 'Chèn từ địa chỉ',
            replaceUrl: 'Thay bằng địa chỉ',
            promptUrl: 'Nhập địa chỉ của hình',
            addMore: 'Thêm hình',
            removeAll: 'Xóa tất cả hình',
          },
          file: {
            chooseUrl: 'Chèn từ địa chỉ',
            chooseMultiple: 'Chọn các tệp',
            replaceUrl: 'Thay bằng địa chỉ',
            promptUrl: 'Nhập địa chỉ của tệp',
            addMore: 'Thêm tệp',
            removeAll: 'Xóa tất cả tệp',
          },
          datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
          list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
          object: { expand: 'Mở ra', collapse: 'Thu gọn' },
        },
      },
      mediaLibrary: {
        mediaLibraryCard: {
          copy: 'Sao chép',
          copyUrl: 'Sao chép địa chỉ',
          copyPath: 'Sao chép đường dẫn',
          copyName: 'Sao chép tên',
          copied: 'Đã sao chép',
        },
        mediaLibraryModal: { close: 'Đóng' },
      },
      ui: {
        settingsDropdown: { account: 'Tài khoản' },
        toast: {
          // Decap's own reads "Không thể giữ lại mục".
          onFailToPersist: 'Chưa lưu được bài: %{details}',
          onFailToPublishEntry: 'Chưa công bố được bài: %{details}',
          noteAdded: 'Đã thêm ghi chú',
          onFailToAddNote: 'Không thêm được ghi chú: %{details}',
          noteUpdated: 'Đã sửa ghi chú',
          onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
          noteDeleted: 'Đã xóa ghi chú',
          onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
          noteResolved: 'Ghi chú đã xong',
          noteReopened: 'Đã mở lại ghi chú',
          onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
        },
      },
    },
    problemsTitle: 'Bài này chưa đăng được, hãy sửa:',
    cannotPublish: (problems: string[]) =>
      `bài còn lỗi, sửa xong rồi công bố lại. ${problems.join('; ')}`,
    componentProps: {
      author: 'Người nói',
      role: 'Chức vụ, vai trò',
      caption: 'Chú thích',
      credit: 'Nguồn ảnh',
      title: 'Tiêu đề',
      id: 'Chọn',
      body: 'Nội dung (Markdown)',
    },
    /** `npm run cms`, in the terminal. */
    ready: (address: string, folder: string) =>
      `Tòa soạn đã sẵn sàng: mở ${address} rồi bấm "Đăng nhập".\nThư mục nội dung: ${folder}\nBấm Ctrl+C để dừng.`,
    portTaken: (port: number) =>
      `Cổng ${port} đang bận: có thể một "npm run cms" khác đang chạy. Hãy dừng nó rồi chạy lại.`,
    localServerStopped: (code: number) =>
      `Máy chủ nội bộ của trình biên tập đã dừng (mã ${code}); xem thông báo phía trên.`,
  },
} as const;

/**
 * What `npm run check` (and the build's content check), `npm run new` and `npm run import` tell
 * a journalist: what is wrong and how to fix it. File names, fields, ids and component names
 * are put in as they are written. Not `as const`: src/i18n/en.ts gives the same keys in English
 * for developers (`LANG=en` or `--lang en`), typed against this object.
 */
export const toolMessages = {
  /** How a collection is named in a message, by its folder: "không có chuyên đề ...". */
  collections: {
    series: 'chuyên đề',
    districts: 'địa bàn',
    models: 'mô hình',
    people: 'nhân vật',
    authors: 'tác giả',
    topics: 'chủ đề',
  },
  /** The last joint of a list of choices: "a, b hoặc c". */
  or: 'hoặc',
  /** `ids` already quoted and joined: "có phải "na-ri"?". */
  didYouMean: (ids: string) => `có phải ${ids}?`,
  /** The report's lines and summary. */
  report: {
    warning: 'cảnh báo: ',
    summary: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo.`,
    clean: 'Không có lỗi nào.',
    rewrittenNfc: (file: string) => `đã chuyển sang Unicode NFC: ${file}`,
    contentHasErrors: (folder: string) =>
      `\nThư mục nội dung ${folder} còn lỗi: hãy sửa trước (npm run check liệt kê đủ các lỗi).`,
    buildStopped: 'Đã dừng dựng trang, chưa ghi gì: hãy sửa các lỗi nêu trên.',
    devStopped: 'Nội dung còn lỗi (liệt kê ở trên): hãy sửa rồi chạy lại.',
    buildFailed: 'Dựng trang không thành: ',
    pagesReused: (rendered: number, reused: number) =>
      `Trang: dựng ${rendered}, lấy lại ${reused} trang không đổi từ lần dựng trước.`,
    searchIndexed: (pages: number, asWritten: boolean) =>
      `Chỉ mục tìm kiếm: ${pages} trang${asWritten ? ', đọc ngay khi Astro ghi' : ''}.`,
    newestIndexed: (pages: number) =>
      `Chỉ mục riêng cho ${pages} trang mới nhất (tìm trước, để có kết quả ngay).`,
    astroOutOfMemory: (heapMiB: number, memoryMiB: number) =>
      `Astro đã dùng hết ${heapMiB} MiB bộ nhớ được cấp (máy có ${memoryMiB} MiB) khi dựng trang; ` +
      'trang cũ vẫn giữ nguyên. Hãy dựng trên máy nhiều bộ nhớ hơn, hoặc chia kho bài thành nhiều ' +
      'lần dựng theo năm (BENCHMARKS.md, "Past one machine").',
  },
  /** The content folder and its files as a whole. */
  content: {
    folderMissing: 'không có thư mục nội dung này',
    folderMissingHint: 'đặt CONTENT_DIR là một thư mục có site.yaml, articles/, series/, ...',
    siteMissing: 'thiếu tệp cài đặt của trang',
    siteMissingHint: 'tạo tệp site.yaml có name, description, publisher, dateline, province và url',
    emptyFile: 'tệp trống',
    emptyFileHint: 'điền các trường theo ví dụ trong README.md',
    notSlug: (file: string) => `tên tệp "${file}" không đúng quy tắc đặt tên`,
    renameTo: (name: string) => `đổi tên thành ${name}: chữ thường không dấu, chữ số và "-"`,
    slugRule: 'chỉ dùng chữ thường không dấu, chữ số và "-", ví dụ hoc-va-lam-theo-bac',
    duplicateId: (id: string, other: string) => `trùng mã "${id}": ${other} có cùng tên tệp`,
    duplicateIdHint: 'đổi tên một trong hai tệp',
    notNfc: 'văn bản không ở dạng Unicode dựng sẵn (NFC)',
    notNfcHint: 'chạy npm run check -- --fix để chuyển sang NFC',
    unknown: (kind: string, id: string) => `không có ${kind} "${id}"`,
    addOrUse: (file: string) => `tạo tệp ${file} hoặc dùng một mã đã có`,
    seriesWithoutPart: (id: string) => `chuyên đề "${id}" chưa có bài nào`,
    seriesWithoutPartHint: (id: string) =>
      `thêm một bài có series: ${id} và part: 1, hoặc xóa tệp này`,
    duplicatePart: (part: number, series: string, file: string) =>
      `bài ${part} của chuyên đề "${series}" trùng số với ${file}`,
    duplicatePartHint: 'mỗi bài một số riêng',
    missingPart: (part: number) => `kho lưu trữ thiếu bài ${part}`,
    missingPartHint: 'ghi bài đó vào parts kèm tiêu đề, hoặc thêm bài viết',
  },
  /** A file that cannot be read as YAML; `errors` by what the parser said (src/lib/content/describeSyntaxError.ts). */
  syntax: {
    yaml: (message: string) => `lỗi cú pháp YAML: ${message}`,
    noFrontMatter: 'bài viết không có phần khai báo (front matter) giữa hai dòng "---"',
    noFrontMatterHint:
      'mở đầu tệp bằng một dòng "---", rồi title, description, pubDate và các trường khác, rồi thêm một dòng "---"',
    otherHint: 'kiểm tra dấu nháy, dấu hai chấm và thụt lề ở dòng này',
    aliasesHint: 'viết đầy đủ các giá trị thay vì lặp lại bằng &tên và *tên',
    errors: {
      colonInValue: {
        message: 'giá trị có ": ", dấu hiệu mở đầu một trường mới',
        hint: 'đặt cả giá trị trong dấu nháy kép',
      },
      strayLine: {
        message: 'dòng này không phải một trường, cũng không thuộc trường nào',
        hint: 'viết "trường: giá trị" trên một dòng, và đặt đoạn văn dài trong dấu nháy kép',
      },
      afterQuote: {
        message: 'giá trị còn tiếp sau dấu nháy đóng',
        hint: 'dấu nháy kép bên trong giá trị sẽ kết thúc giá trị: hãy viết thành “ ”',
      },
      unclosedQuote: {
        message: 'giá trị mở dấu nháy nhưng không đóng',
        hint: 'kết thúc giá trị bằng đúng loại dấu nháy đã mở',
      },
      twice: { message: 'trường này xuất hiện hai lần', hint: 'chỉ giữ lại một trong hai dòng' },
      unclosedList: {
        message: 'danh sách thiếu dấu "]" đóng',
        hint: 'đóng danh sách bằng ] trên cùng dòng',
      },
      indentation: {
        message: 'dòng này thụt lề khác các trường xung quanh',
        hint: 'bắt đầu mọi trường ở cùng một cột',
      },
      tab: { message: 'dòng này thụt lề bằng phím Tab', hint: 'thụt lề bằng dấu cách' },
    },
  },
  /** What the schemas refuse (src/lib/content/describeIssues.ts). */
  schema: {
    unknownField: 'không có trường này',
    unknownFieldHint: 'xóa đi, hoặc đối chiếu chính tả với README.md',
    required: 'là trường bắt buộc',
    requiredWith: (other: string) => `bắt buộc khi có ${other}`,
    add: (name: string, kind: string, parent?: string, other?: string) =>
      `thêm ${name}: rồi ghi ${kind}${parent ? ` trong ${parent}` : ''}${other ? `, hoặc xóa ${other}` : ''}`,
    mustBe: (kind: string, value: string) => `phải là ${kind}, không phải ${value}`,
    atLeast: (n: number) => `ít nhất ${n}`,
    atMost: (n: number) => `nhiều nhất ${n}`,
    englishWords: 'viết đúng một trong các từ tiếng Anh này, như đã ghi ở đây',
    notEmpty: 'không được để trống',
    notId: 'phải là chữ thường không dấu, nối bằng "-"',
    notRepo: 'phải có dạng "owner/name"',
    notUrl: 'không phải địa chỉ web',
    notTimeZone: 'không phải múi giờ IANA như "Asia/Ho_Chi_Minh"',
    /** What a field holds, after "thêm ... rồi ghi" and "phải là". */
    kinds: {
      id: (kind: string) => `mã ${kind}`,
      ids: (kind: string) => `danh sách mã ${kind}`,
      url: 'địa chỉ web như "https://…"',
      text: 'văn bản',
      number: 'một số',
      boolean: 'true hoặc false',
      list: 'một danh sách',
      date: 'ngày tháng như 2024-04-10',
      object: 'các trường trong { }',
      value: 'một giá trị',
    },
    /** How to write a value of the right kind. */
    hints: {
      text: 'đặt văn bản trong dấu nháy kép',
      number: 'viết số bằng chữ số, không có dấu nháy',
      boolean: (name: string) => `viết ${name}: true hoặc ${name}: false`,
      list: (name: string, example: string) =>
        `viết trong ngoặc vuông, ví dụ ${name}: [${example}]`,
      listExample: 'a, b',
      date: 'viết ngày giờ có thật, ví dụ 2024-04-10 hoặc 2024-04-10T07:00:00+07:00',
      object: 'viết các trường của nó trong { }, như trong README.md',
    },
  },
  /** A date that is not one (src/lib/shared/dates.ts). */
  dates: {
    notADate: (text: string) =>
      `"${text}" không phải ngày tháng dạng 2023-05-19 hoặc 2023-05-19T07:00:00+07:00`,
    noMonth: (text: string, month: number) => `"${text}": không có tháng ${month}`,
    noDay: (text: string, month: number, year: number, day: number) =>
      `"${text}": tháng ${month}/${year} không có ngày ${day}`,
    impossibleTime: (text: string) => `"${text}": giờ trong ngày không có thật`,
  },
  /** What an article body may not hold (src/lib/body/bodyRules.ts); `components` lists the allowed ones. */
  body: {
    doesNotCompile: (reason: string) => `MDX không biên dịch được: ${reason}`,
    closeTag: (tag: string) => `đóng thẻ bằng </${tag}>, hoặc viết \\< ở chỗ "<" chỉ là chữ`,
    closeBrace: 'đóng bằng }, hoặc viết \\{ ở chỗ "{" chỉ là chữ',
    htmlComment: 'xóa chú thích đi, hoặc viết \\< cho một dấu "<" thường',
    closeEverything:
      'đóng mọi <thẻ>, và viết { } và < > thành \\{ \\} và \\< \\> khi chúng chỉ là chữ',
    code: (word: string) =>
      `không được dùng "${word}" trong bài viết: bài viết là dữ liệu, không phải mã lệnh`,
    codeHint: (components: string) => `xóa dòng này; các thành phần ${components} không cần import`,
    expression: (code: string) => `không được dùng biểu thức {${code}} trong bài viết`,
    expressionHint:
      'viết \\{ và \\} cho dấu ngoặc nhọn thường; dùng một thành phần cho hộp số liệu hay trích dẫn',
    unsafeLink: (url: string) => `liên kết "${url}" sẽ chạy mã lệnh chứ không mở một trang`,
    unsafeLinkHint:
      'liên kết tới địa chỉ bắt đầu bằng https://, hoặc tới một trang của kho lưu trữ',
    remotePicture: (url: string) => `ảnh "${url}" nằm trên trang web khác`,
    remotePictureHint: 'lưu ảnh cạnh bài viết và ghi tên tệp, ví dụ ![...](./anh-1.jpg)',
    noAlt: (url: string) => `ảnh "${url}" chưa có lời mô tả`,
    noAltHint: 'ghi điều ảnh cho thấy vào giữa hai ngoặc vuông: ![Người dân mở đường](./anh-1.jpg)',
    pictureReference: 'ảnh viết dạng tham chiếu ![...][...]',
    pictureReferenceHint: 'viết thành ![điều ảnh cho thấy](./anh-1.jpg)',
    htmlTag: (name: string) => `không được dùng thẻ HTML <${name}> trong bài viết`,
    htmlTagHint: (components: string) =>
      `dùng Markdown (**đậm**, _nghiêng_, danh sách, > trích dẫn) hoặc một trong ${components}`,
    unknownComponent: (name: string) => `không có thành phần <${name}>`,
    useComponent: (components: string) => `dùng một trong ${components}`,
    spreadProp: (name: string, code: string) => `<${name}> có thuộc tính dạng {${code}}`,
    spreadPropHint: 'viết từng thuộc tính dạng tên="nội dung"',
    expressionProp: (name: string, prop: string) =>
      `<${name} ${prop}={...}> có thuộc tính là biểu thức`,
    quoteProp: (prop: string) => `đặt trong dấu nháy kép: ${prop}="..."`,
  },
  /** The shared components' props and card ids (src/lib/body/components.ts). */
  components: {
    needsProp: (name: string, prop: string) => `<${name}> thiếu thuộc tính ${prop}`,
    writeAs: (tag: string) => `viết thành ${tag}`,
    unknownCard: (name: string, kind: string, id: string) => `<${name}>: không có ${kind} "${id}"`,
  },
  /** The files an article names (src/lib/content/articleFiles.ts). */
  files: {
    nouns: { image: 'ảnh', audio: 'bản ghi âm' },
    fix: (noun: string, example: string) =>
      `đặt ${noun} cạnh bài viết và ghi tên tệp, ví dụ ${example}`,
    notNextTo: (noun: string, src: string) =>
      `${noun} "${src}" không phải một tệp nằm cạnh bài viết`,
    outside: (noun: string, src: string) => `${noun} "${src}" nằm ngoài thư mục nội dung`,
    missing: (noun: string, src: string) => `không có tệp ${noun} "${src}"`,
    linkOutside: (noun: string, src: string) =>
      `${noun} "${src}" là liên kết tới một tệp ngoài thư mục nội dung`,
    copyInside: 'chép chính tệp đó vào thư mục nội dung',
    notOneOf: (noun: string, src: string, names: string) =>
      `${noun} "${src}" không có đuôi nào trong ${names}`,
    saveAs: {
      image: 'lưu lại dạng JPEG, PNG hoặc WebP',
      audio: 'lưu lại dạng MP3 (hoặc M4A, Ogg)',
    },
    wrongFormat: (noun: string, src: string, found: string, expected: string) =>
      `${noun} "${src}" là tệp ${found}, không phải ${expected} như tên tệp cho thấy`,
    renameHint: (expected: string) => `đổi đuôi tệp cho đúng, hoặc lưu lại dạng ${expected}`,
    notKind: (noun: string, src: string, expected: string) =>
      `${noun} "${src}" không phải ${noun}: nội dung không phải ${expected}`,
    notKindHint: (noun: string, expected: string) =>
      `lưu lại ${noun} dạng ${expected}, hoặc chọn tệp khác`,
  },
  /** `npm run new` (scripts/new.ts, scripts/lib/newsroom/scaffoldArticle.ts). */
  new: {
    usage: `Cách dùng: npm run new -- --title "<tiêu đề>" [tùy chọn]

  --title <chữ>        tiêu đề bài (bắt buộc khi không chạy trong cửa sổ dòng lệnh)
  --series <mã>        chuyên đề mà bài thuộc về
  --part <số>          số thứ tự của bài (mặc định: số còn trống tiếp theo của chuyên đề)
  --district <mã>      địa bàn bài nói tới; ghi nhiều lần hoặc cách nhau bằng dấu phẩy
  --topic <mã>         chủ đề; ghi nhiều lần hoặc cách nhau bằng dấu phẩy
  --date <ngày>        2025-06-01 hoặc 2025-06-01T07:00 (mặc định: hôm nay)
  --lang en            thông báo bằng tiếng Anh (cho lập trình viên)

Chạy không có --title trong cửa sổ dòng lệnh để được hỏi lần lượt từng mục.`,
    titleNeeded: 'Hãy ghi tiêu đề bài bằng --title "<tiêu đề>" (không có cửa sổ dòng lệnh để hỏi).',
    intro: 'Bài viết mới',
    title: 'Tiêu đề',
    titleInvalid: 'Hãy viết tiêu đề có chữ hoặc chữ số.',
    series: 'Chuyên đề',
    noSeries: 'Không: một bài riêng lẻ',
    part: 'Bài số',
    partInvalid: 'Hãy viết 1, 2, 3, ...',
    districts: 'Các địa bàn bài nói tới (phím cách để chọn, Enter để tiếp tục)',
    topics: 'Chủ đề (phím cách để chọn, Enter để tiếp tục)',
    date: 'Ngày đăng',
    cancelled: 'Đã hủy: không ghi gì.',
    error: (message: string) => `Lỗi: ${message}`,
    nothingWritten: 'Không ghi gì.',
    exists: (file: string) => `${file} đã có: không ghi gì.`,
    cannotWrite: (file: string, reason: string) => `Không ghi được ${file}: ${reason}`,
    created: (file: string) => `Đã tạo ${file}, một bản nháp.`,
    createdPart: (file: string, part: number, series: string) =>
      `Đã tạo ${file} (bài ${part} của chuyên đề "${series}"), một bản nháp.`,
    nextSteps: (file: string) => [
      'Việc tiếp theo:',
      `  1. Mở ${file}: thay sa-pô tạm bằng sa-pô của bài và viết bài.`,
      '  2. Chạy `npm run check` để kiểm tra nội dung.',
      '  3. Đặt `draft: false` khi bài sẵn sàng để đăng.',
    ],
    titleEmpty: 'tiêu đề đang trống',
    titleWithoutLetters: (title: string) =>
      `tiêu đề "${title}" không có chữ hoặc chữ số nào để đặt tên tệp`,
    partNeedsSeries: 'số bài cần đi kèm một chuyên đề (--series)',
    knownIds: (ids: string) => `các mã đã có: ${ids}`,
    noIds: 'chưa có mã nào',
    partNumber: (part: number) => `số bài phải là 1, 2, 3, ... (không phải ${part})`,
    partTaken: (part: number, series: string, file: string, next: number) =>
      `bài ${part} của chuyên đề "${series}" đã có: ${file} (số bài còn trống tiếp theo là ${next})`,
    badDate: (reason: string) => `ngày đăng ${reason}`,
    leadComment: 'sa-pô: thay dòng tạm này bằng một hai câu',
    draftComment: 'đổi thành false khi bài sẵn sàng để đăng',
  },
  /** `npm run import` (scripts/import.ts, scripts/lib/newsroom/legacyImport.ts). */
  import: {
    usage: `Cách dùng: npm run import -- [--out <thư mục>] [--force] <tệp.txt>...

  --out <thư mục>  ghi bài vào đó thay vì vào articles/<năm>/ của thư mục nội dung
  --force          ghi đè lên tệp bài đã có
  --lang en        thông báo bằng tiếng Anh (cho lập trình viên)

Mỗi tệp là một bài chép dạng văn bản thường từ trang web cũ: tiêu đề ở dòng đầu, rồi sa-pô
("BBK - ..."), rồi nội dung; "Xem thêm" và phần sau đó bị bỏ.`,
    noFiles: 'Hãy nêu ít nhất một tệp để nhập.',
    unreadable: (reason: string) => `không đọc được (${reason})`,
    wouldOverwrite: 'một tệp cần ghi đã có',
    stopped: (reason: string) => `${reason}; đã dừng`,
    none: '(không có)',
    noneFound: '(không tìm thấy)',
    newSeries: (file: string) => ` (mới: ${file})`,
    unknownDate: (placeholder: string) => `chưa rõ (tạm ghi ${placeholder})`,
    draft: ' (bản nháp)',
    todo: 'cần làm trước khi đăng:',
    failures: (failed: number, total: number) => `${failed}/${total} tệp chưa nhập trọn vẹn.`,
    next: 'Tiếp theo: sửa các tệp (điền những gì chú thích yêu cầu), chạy `npm run check`, rồi đặt draft: false.',
    empty: (source: string) => `${source} trống`,
    exists: (file: string) => `${file} đã có (dùng --force để ghi đè)`,
    badDate: (reason: string) => `pubDate: ngày ghi trong bài ${reason}; hãy ghi ngày đúng`,
    noDate: (placeholder: string) =>
      `pubDate: bài không ghi ngày nên tạm ghi ${placeholder}; hãy ghi ngày bài đăng lần đầu và chuyển tệp vào articles/<năm đăng>/`,
    noLead: 'description: bài không có sa-pô; hãy viết sa-pô',
    noDateline:
      'description: bài không có dòng tin như "BBK - " nên đoạn đầu được lấy làm sa-pô; hãy kiểm tra',
    noBody: 'bài không có nội dung dưới sa-pô; hãy kiểm tra lại bản nhập',
    newSeriesTodo: (file: string) =>
      `series: ${file} là chuyên đề mới; hãy viết mô tả, kiểm tra tiêu đề và danh sách bài`,
    partTaken: (part: number, series: string, file: string) =>
      `part: bài ${part} của chuyên đề "${series}" đã là ${file}; hãy xem có phải cùng một bài không`,
    header: (source: string) =>
      `Nhập bằng \`npm run import\` từ ${source}: hãy đối chiếu với bản gốc.`,
    headerTodo: 'Trước khi đăng, hãy điền hoặc kiểm tra, rồi đặt draft: false:',
    datePlaceholder: 'tạm ghi: chưa rõ ngày đăng thật',
    leadPlaceholder: 'tạm ghi: hãy viết sa-pô',
    seriesHeader: (source: string) =>
      `Tạo bằng \`npm run import\` từ ${source}. Hãy viết mô tả, kiểm tra tiêu đề và danh sách bài.`,
    seriesEnded:
      'Bài nhập kết thúc bằng "(Hết)": đặt status: complete khi mọi bài đã có trong kho lưu trữ.',
    seriesDescription: 'tạm ghi: một hai câu về chuyên đề',
  },
};

/** The tools' messages in one language: Vietnamese here, English in en.ts. */
export type ToolMessages = typeof toolMessages;
