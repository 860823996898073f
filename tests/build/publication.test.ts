/** The publication rules of DESIGN.md, asserted over the built sample and fixture sites. */
import { describe, expect, test } from 'vitest';
import { articleLinks, builtSite, listingPages } from './dist.ts';
import type { SiteName } from './sites.ts';
import { readFileSync } from 'node:fs';
import { splitFrontMatter } from '#src/lib/content/frontMatter.ts';

/** The first 60 characters of an article's first paragraph, in NFC. */
function firstSentence(file: string): string {
  const { body } = splitFrontMatter(readFileSync(file, 'utf8'));
  const paragraph = body.split('\n').find((line) => /^[\p{L}]/u.test(line.trim()))!;
  return paragraph.trim().normalize('NFC').slice(0, 60);
}

describe.each<SiteName>(['sample', 'other'])('the %s site', (name) => {
  const site = builtSite(name);
  const { content, now } = site;
  const isPublished = (a: (typeof content.articles)[number]) =>
    !a.data.draft && a.data.pubDate <= now;
  const published = content.articles.filter(isPublished);
  const unpublished = content.articles.filter((a) => !isPublished(a));
  const articlePath = (id: string) => `/bai-viet/${id}/`;
  const newestFirst = (ids: typeof published) =>
    [...ids]
      .sort(
        (a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id),
      )
      .map((a) => articlePath(a.id));
  /** Article links in the story list of every page of a listing. */
  const listed = (base: string) =>
    listingPages(site, base).flatMap((page) =>
      articleLinks(page.root.querySelector('section[aria-labelledby="danh-sach-bai"]')),
    );

  test('has unpublished articles to prove they never leak', () => {
    expect(unpublished.length).toBeGreaterThanOrEqual(2);
    expect(unpublished.some((a) => a.data.draft)).toBe(true);
    expect(unpublished.some((a) => a.data.pubDate > now)).toBe(true);
  });

  test('gives every published article its page, with its title exactly as written', () => {
    for (const article of published) {
      const page = site.page(articlePath(article.id));
      expect(page, article.id).toBeDefined();
      expect(page!.root.querySelector('h1')!.textContent.trim()).toBe(article.data.title);
      expect(page!.root.querySelector('title')!.textContent.startsWith(article.data.title)).toBe(
        true,
      );
    }
  });

  test('publishes drafts and scheduled articles nowhere: no page, link, text or feed item', () => {
    for (const article of unpublished) {
      expect(site.page(articlePath(article.id)), article.id).toBeUndefined();
      for (const [file, text] of site.texts) {
        expect(text.includes(articlePath(article.id)), `${file} links ${article.id}`).toBe(false);
        expect(text.includes(article.data.title), `${file} shows "${article.data.title}"`).toBe(
          false,
        );
        expect(
          text.includes(article.data.description),
          `${file} shows the lead of ${article.id}`,
        ).toBe(false);
        expect(
          text.includes(firstSentence(article.file)),
          `${file} shows the body of ${article.id}`,
        ).toBe(false);
      }
    }
  });

  test('lists every published article in its year archive, newest first', () => {
    const years = new Set(published.map((a) => a.data.pubDate.getFullYear()));
    const all = [...site.pages.filter((p) => /^\/luu-tru\/\d{4}\/$/.test(p.path))].flatMap((p) =>
      listed(p.path),
    );
    expect(new Set(all)).toEqual(new Set(published.map((a) => articlePath(a.id))));
    expect(years.size).toBeGreaterThan(0);
    for (const page of site.pages.filter((p) => /^\/luu-tru\/\d{4}\/$/.test(p.path))) {
      const links = listed(page.path);
      const expected = newestFirst(published.filter((a) => links.includes(articlePath(a.id))));
      expect(links).toEqual(expected);
    }
  });

  test('lists exactly the right stories on every district, topic, model and person page', () => {
    const listings = [
      ['districts', '/dia-phuong/'],
      ['topics', '/chu-de/'],
      ['models', '/mo-hinh/'],
      ['people', '/nhan-vat/'],
    ] as const;
    for (const [field, prefix] of listings) {
      for (const entry of content[field]) {
        const expected = newestFirst(published.filter((a) => a.data[field].includes(entry.id)));
        expect(listed(`${prefix}${entry.id}/`), `${prefix}${entry.id}/`).toEqual(expected);
      }
    }
  });

  test('paginates listings at the site page size, the newest page holding up to twice less one', () => {
    const size = content.site.pageSize;
    const listings = site.pages.filter((p) => p.root.querySelector('#danh-sach-bai'));
    const numbered = listings.filter((page) => /\/trang\/\d+\/$/.test(page.path));
    const stories = (page: (typeof listings)[number]) =>
      articleLinks(page.root.querySelector('section[aria-labelledby="danh-sach-bai"]')).length;
    for (const page of listings) {
      expect(stories(page), page.path).toBeLessThanOrEqual(
        numbered.includes(page) ? size : 2 * size - 1,
      );
    }
    for (const page of numbered) expect(stories(page), page.path).toBe(size);
  });

  test('lists the latest published stories on the home page, newest first', () => {
    const home = site.page('/')!;
    const links = articleLinks(home.root.querySelector('#moi-nhat')?.parentNode);
    expect(links).toEqual(newestFirst(published).slice(0, links.length));
    expect(links.length).toBe(Math.min(10, published.length));
  });

  test('orders each series page by part and links previous and next parts', () => {
    for (const series of content.series) {
      const parts = published
        .filter((a) => a.data.series === series.id)
        .sort((a, b) => a.data.part! - b.data.part!);
      const seriesPage = site.page(`/chuyen-de/${series.id}/`);
      if (parts.length === 0) {
        expect(seriesPage).toBeUndefined();
        continue;
      }
      expect(articleLinks(seriesPage!.root.querySelector('main'))).toEqual(
        parts.map((a) => articlePath(a.id)),
      );
      parts.forEach((article, index) => {
        const page = site.page(articlePath(article.id))!;
        const boxes = page.root.querySelectorAll('aside[aria-labelledby^="chuyen-de-"]');
        expect(boxes, article.id).toHaveLength(2);
        for (const box of boxes) {
          expect(box.querySelector(`a[href="/chuyen-de/${series.id}/"]`)).not.toBeNull();
          expect(box.querySelector('[aria-current="page"]')!.textContent).toContain(
            article.data.title,
          );
          const prev = box.querySelector('a[rel="prev"]')?.getAttribute('href');
          const next = box.querySelector('a[rel="next"]')?.getAttribute('href');
          expect(prev).toBe(index > 0 ? articlePath(parts[index - 1].id) : undefined);
          expect(next).toBe(
            index < parts.length - 1 ? articlePath(parts[index + 1].id) : undefined,
          );
        }
      });
    }
  });

  test('shows a series part known only by title as not in the archive', () => {
    for (const series of content.series) {
      const page = site.page(`/chuyen-de/${series.id}/`);
      for (const known of series.data.parts) {
        if (published.some((a) => a.data.series === series.id && a.data.part === known.part))
          continue;
        expect(page!.root.querySelector('main')!.textContent).toContain(known.title);
        expect(page!.root.querySelector('main')!.textContent).toContain(
          'Chưa có trong kho lưu trữ',
        );
      }
    }
  });

  test('says on every page that the archive holds sample content, when it does', () => {
    for (const page of site.pages) {
      expect(page.html.includes('kho lưu trữ chứa nội dung mẫu'), page.path).toBe(
        content.site.sample,
      );
    }
  });

  test('gives every article its reading time, sharing tools and up to six related published stories', () => {
    const publishedPaths = new Set(published.map((a) => articlePath(a.id)));
    for (const article of published) {
      const page = site.page(articlePath(article.id))!;
      expect(page.root.querySelector('main')!.textContent, article.id).toMatch(/\d+ phút đọc/);
      expect(page.root.querySelector('[data-article-tools]'), article.id).not.toBeNull();
      const related = articleLinks(page.root.querySelector('section[aria-labelledby="xem-them"]'));
      expect(related.length, article.id).toBeLessThanOrEqual(6);
      expect(related).not.toContain(articlePath(article.id));
      for (const link of related)
        expect(publishedPaths.has(link), `${article.id} -> ${link}`).toBe(true);
    }
  });

  test('marks invented people and models where they appear', () => {
    for (const person of content.people.filter((p) => p.data.invented)) {
      expect(
        site.page(`/nhan-vat/${person.id}/`)!.root.querySelector('main')!.textContent,
      ).toContain('Nhân vật hư cấu');
    }
    for (const model of content.models.filter((m) => m.data.invented)) {
      expect(site.page(`/mo-hinh/${model.id}/`)!.root.querySelector('main')!.textContent).toContain(
        'Mô hình hư cấu',
      );
    }
  });
});
