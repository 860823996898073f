/** The few articles the Astro config and build hooks read without loading the whole content. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { articlesWith, publishedArticlesWith } from '#src/lib/content/loadContent.ts';
import { articleRedirects } from '#src/lib/content/redirects.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'archive-with-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(id: string, extra: string, pubDate = '2024-05-01'): void {
  const folder = path.join(dir, 'articles', '2024');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, `${id}.mdx`),
    `---\ntitle: "Bài ${id}"\ndescription: "Mô tả bài ${id}."\npubDate: ${pubDate}\n${extra}\n---\n\nThân bài: formerSlugs: [khong-phai]\n`,
  );
}

article('da-dang', 'formerSlugs: [ten-cu]');
article('ban-nhap', 'formerSlugs: [nhap-cu]\ndraft: true');
article('hen-gio', 'formerSlugs: [hen-cu]', '2030-01-01');
article('khong-doi-ten', 'topics: []');
article('co-ghi-am', 'formerSlugs: [ghi-am-cu]\naudio: { src: ./co-ghi-am.mp3, duration: 90 }');

test('finds the published articles that have the field, and only those', () => {
  const now = new Date('2026-11-26T00:00:00+07:00');
  const found = publishedArticlesWith(dir, 'formerSlugs', now, 'Asia/Ho_Chi_Minh');
  expect(found.map((entry) => entry.id)).toEqual(['co-ghi-am', 'da-dang']);
  // The scheduled one counts once its time has come.
  expect(
    publishedArticlesWith(dir, 'formerSlugs', new Date('2030-06-01'), 'Asia/Ho_Chi_Minh').map(
      (entry) => entry.id,
    ),
  ).toEqual(['co-ghi-am', 'da-dang', 'hen-gio']);
  expect(articleRedirects(found)).toEqual({
    '/bai-viet/ghi-am-cu/': '/bai-viet/co-ghi-am/',
    '/bai-viet/ten-cu/': '/bai-viet/da-dang/',
  });
});

test('finds the articles of several fields in one pass, published or not', () => {
  const found = articlesWith(dir, ['formerSlugs', 'audio'], 'Asia/Ho_Chi_Minh');
  expect(found.get('formerSlugs')!.map((entry) => entry.id)).toEqual([
    'ban-nhap',
    'co-ghi-am',
    'da-dang',
    'hen-gio',
  ]);
  expect(found.get('audio')!.map((entry) => entry.id)).toEqual(['co-ghi-am']);
  expect(found.get('audio')![0]!.data.audio).toMatchObject({ duration: 90 });
});
