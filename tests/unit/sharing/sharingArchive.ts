/** A small archive for the sharing tests: a three-part series, a standalone story, a draft. */
import { buildArchive } from '#src/lib/content/archive.ts';
import { article, content } from '../factories.ts';

/** The build's time: 19 May 2023, 10:00 in Bắc Kạn. */
export const now = new Date('2023-05-19T03:00:00Z');

const entry = <D>(id: string, data: D) => ({ id, file: `${id}.yaml`, data });

/** The archive: parts 1 and 2 of "Học và làm theo Bác" published, part 3 scheduled. */
export const archive = buildArchive(
  content(
    [
      article('bai-1', {
        title: 'Mỗi cán bộ, đảng viên đăng ký ba việc làm theo Bác',
        pubDate: new Date('2023-05-17T06:00:00Z'),
        series: 'hoc-va-lam-theo-bac',
        part: 1,
        author: 'ban-bien-tap',
        districts: ['na-ri', 'ba-be'],
        topics: ['kinh-te'],
      }),
      article('bai-2', {
        title: '70 cơ quan "đỡ đầu" 60 xã khó khăn: Chuyện giúp & được giúp',
        description: 'BBK - Những việc làm </script> cụ thể.',
        pubDate: new Date('2023-05-18T00:00:00Z'),
        updatedDate: new Date('2023-05-18T05:00:00Z'),
        corrections: [
          { date: new Date('2023-05-19T01:00:00Z'), text: 'Sửa số xã: 60, không phải 61.' },
        ],
        series: 'hoc-va-lam-theo-bac',
        part: 2,
        districts: ['cho-don'],
        models: ['quy'],
        people: ['ha-van-duc'],
        cover: { src: './anh.jpg', alt: 'Con đường bê tông giữa ruộng bậc thang' },
      }),
      article('bai-3', {
        pubDate: new Date('2023-05-20T00:00:00Z'),
        series: 'hoc-va-lam-theo-bac',
        part: 3,
      }),
      article('chuyen-o-na-ri', {
        title: 'Người hiến đất ở Na Rì',
        pubDate: new Date('2022-04-10T00:00:00Z'),
        author: 'le-van-an',
        topics: ['kinh-te'],
      }),
      article('ban-nhap', { pubDate: new Date('2023-05-01T00:00:00Z'), draft: true }),
    ],
    {
      site: {
        name: 'Kho lưu trữ Báo Bắc Kạn',
        description: 'Kho lưu trữ các loạt bài của tỉnh Bắc Kạn.',
        publisher: 'Báo Bắc Kạn',
        dateline: 'BBK',
        province: 'Bắc Kạn',
        url: 'https://luutru.example.vn',
        timezone: 'Asia/Ho_Chi_Minh',
        language: 'vi',
        pageSize: 12,
        sample: true,
      },
      series: [
        entry('hoc-va-lam-theo-bac', {
          title: 'Học và làm theo Bác để xây dựng cuộc sống tốt đẹp hơn',
          description: 'Loạt bài ba kỳ.',
          status: 'complete' as const,
          // Part 3 is scheduled: known here by title, so that the parts read "Bài 1/3".
          parts: [{ part: 3, title: 'Giữ vững tiêu chí, hướng tới nông thôn mới nâng cao' }],
        }),
      ],
      authors: [
        entry('ban-bien-tap', { name: 'Ban Biên tập', role: 'Bộ phận biên tập', invented: false }),
        entry('le-van-an', { name: 'Lê Văn An', role: 'Phóng viên', invented: true }),
      ],
    },
  ),
  { now },
);

/** A published article of the archive by id. */
export const get = (id: string) => archive.articleById.get(id)!;
