/** Small builders of validated content for unit tests. */
import type { ArticleData } from '#src/schemas/index.ts';
import type { Content, Entry } from '#src/lib/content/validateContent.ts';

/** An article entry with sensible defaults. */
export function article(
  id: string,
  data: Partial<ArticleData> & { pubDate: Date },
): Entry<ArticleData> {
  return {
    id,
    file: `articles/${id}.mdx`,
    data: {
      title: `Tiêu đề ${id}`,
      description: `Sa-pô ${id}`,
      districts: [],
      models: [],
      people: [],
      topics: [],
      draft: false,
      invented: false,
      corrections: [],
      formerSlugs: [],
      ...data,
    },
  };
}

/** A content folder's worth of entries around the given articles. */
export function content(articles: Entry<ArticleData>[], extra: Partial<Content> = {}): Content {
  const entry = <D>(id: string, data: D): Entry<D> => ({ id, file: `${id}.yaml`, data });
  return {
    site: {
      name: 'Lưu trữ',
      description: 'Mô tả',
      publisher: 'Báo',
      dateline: 'BBK',
      province: 'Bắc Kạn',
      url: 'https://example.org',
      timezone: 'Asia/Ho_Chi_Minh',
      language: 'vi',
      pageSize: 12,
      sample: false,
    },
    articles,
    series: [
      entry('loat-bai', {
        title: 'Loạt bài',
        description: 'Mô tả',
        status: 'complete' as const,
        parts: [],
      }),
    ],
    districts: [
      entry('na-ri', { name: 'Na Rì', kind: 'district' as const, province: 'Bắc Kạn', order: 2 }),
      entry('ba-be', { name: 'Ba Bể', kind: 'district' as const, province: 'Bắc Kạn', order: 1 }),
      entry('cho-don', { name: 'Chợ Đồn', kind: 'district' as const, province: 'Bắc Kạn' }),
      entry('bach-thong', { name: 'Bạch Thông', kind: 'district' as const, province: 'Bắc Kạn' }),
    ],
    models: [
      entry('quy', {
        name: 'Quỹ',
        organization: 'Đảng bộ',
        category: 'kinh-te',
        summary: 'Tóm tắt',
        invented: false,
        district: 'na-ri',
      }),
    ],
    people: [
      entry('ha-van-duc', {
        name: 'Hà Văn Đức',
        role: 'Nông dân',
        achievements: [],
        invented: true,
        district: 'na-ri',
      }),
    ],
    authors: [],
    topics: [entry('kinh-te', { name: 'Kinh tế' })],
    ...extra,
  };
}
