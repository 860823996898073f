/** Every page: language, title, description, canonical URL, links that resolve, NFC text. */
import { existsSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtSite, fileFor } from './dist.ts';
import type { SiteName } from './sites.ts';
import { t } from '#src/i18n/vi.ts';

describe.each<SiteName>(['sample', 'other'])('every page of the %s site', (name) => {
  const site = builtSite(name);
  const siteUrl = site.content.site.url;

  test('has lang="vi", a description and a canonical URL of its own', () => {
    for (const page of site.pages) {
      expect(page.root.querySelector('html')!.getAttribute('lang'), page.path).toBe('vi');
      expect(
        page.root.querySelector('meta[name="description"]')!.getAttribute('content')!.trim(),
        page.path,
      ).not.toBe('');
      const canonical = page.root.querySelector('link[rel="canonical"]')!.getAttribute('href');
      const expected = `${siteUrl}${page.path}`;
      expect(canonical, page.path).toBe(expected);
    }
  });

  test('has a unique title', () => {
    const titles = site.pages.map((page) => page.root.querySelector('title')!.textContent);
    const duplicates = titles.filter((title, index) => titles.indexOf(title) !== index);
    expect(duplicates).toEqual([]);
  });

  test('links only to files that exist, fragments included', () => {
    const broken: string[] = [];
    for (const page of site.pages) {
      const refs = [
        ...page.root.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
        ...page.root.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
        ...page.root.querySelectorAll('[srcset]').flatMap((el) =>
          el
            .getAttribute('srcset')!
            .split(',')
            .map((part) => part.trim().split(/\s+/)[0]),
        ),
      ];
      for (const ref of refs) {
        if (/^(https?:|mailto:|data:)/.test(ref) && !ref.startsWith(siteUrl)) continue;
        const url = new URL(ref, `${siteUrl}${page.path}`);
        if (url.origin !== new URL(siteUrl).origin) continue;
        const file = fileFor(site.outDir, url.pathname);
        if (!file) {
          broken.push(`${page.path} -> ${ref}`);
          continue;
        }
        if (url.hash.length > 1 && file.endsWith('.html')) {
          const target = site.pages.find((p) => p.file === file)!;
          if (!target.root.getElementById(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${page.path} -> ${ref} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('names the kind of a unit once, even when its name holds it ("Thành phố Bắc Kạn")', () => {
    const doubled = Object.values(t.kinds).map((kind) => new RegExp(`${kind}\\s+${kind}`, 'iu'));
    const found: string[] = [];
    for (const page of site.pages) {
      for (const el of page.root.querySelectorAll('title, h1, h2, h3, h4')) {
        const text = el.textContent.normalize('NFC');
        if (doubled.some((re) => re.test(text))) found.push(`${page.path}: ${text.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });

  test('gives every link that opens a new tab rel="noopener"', () => {
    for (const page of site.pages) {
      for (const link of page.root.querySelectorAll('a[target="_blank"]')) {
        expect(link.getAttribute('rel') ?? '', `${page.path} ${link.getAttribute('href')}`).toMatch(
          /\bnoopener\b/,
        );
      }
    }
  });

  test('writes all text in Unicode NFC, even from an NFD source file', () => {
    for (const [file, text] of site.texts) {
      // Scripts may hold combining marks on purpose (in regular expressions); readers see the rest.
      if (!file.endsWith('.js')) expect(text === text.normalize('NFC'), file).toBe(true);
    }
  });

  test('lists exactly its pages in the sitemap, which robots.txt names', () => {
    expect(site.page('/404.html')).toBeDefined();
    expect(existsSync(`${site.outDir}/sitemap-index.xml`)).toBe(true);
    const sitemap = [...site.texts]
      .filter(([file]) => /sitemap-\d+\.xml$/.test(file))
      .map(([, text]) => text)
      .join('');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    const pages = site.pages
      .filter((p) => p.path !== '/404.html')
      .map((p) => `${siteUrl}${p.path}`)
      .sort();
    expect(listed).toEqual(pages);
    expect(site.texts.get(`${site.outDir}/robots.txt`)).toContain(
      `Sitemap: ${siteUrl}/sitemap-index.xml`,
    );
  });
});

describe('the fixture site', () => {
  const site = builtSite('other');

  test('shows a title with quotes, & and <> exactly as written', () => {
    const page = site.page('/bai-viet/dau-ngoac-kep/')!;
    expect(page.root.querySelector('h1')!.textContent.trim()).toBe(
      'Chuyện "lá dọc" & <bí mật> của làng',
    );
    expect(page.root.querySelector('h1')!.innerHTML).toContain('&lt;bí mật&gt;');
    expect(page.root.querySelectorAll('bí')).toHaveLength(0);
  });

  test('publishes an NFD source file in NFC', () => {
    const page = site.page('/bai-viet/ban-nfd/')!;
    expect(page.root.querySelector('h1')!.textContent.trim()).toBe(
      'Đồng Lau đón Tết'.normalize('NFC'),
    );
  });

  test('dates a time without an offset in the site time zone', () => {
    const page = site.page('/bai-viet/gio-khong-mui/')!;
    expect(page.root.querySelector('main time')!.textContent).toBe('thứ Sáu, 7/7/2023');
  });

  test('paginates a listing longer than the page size, numbering its pages from the oldest', () => {
    const base = '/dia-phuong/dong-lau/';
    const older = site.page(base)!.root.querySelector('a[rel="next"]')!.getAttribute('href')!;
    expect(older).toMatch(/^\/dia-phuong\/dong-lau\/trang\/[1-9]\d*\/$/);
    expect(site.page(older)!.root.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(base);
    // Page 1 holds the oldest stories: nothing is older.
    const oldest = site.page(`${base}trang/1/`)!;
    expect(oldest.root.querySelector('a[rel="next"]')).toBeNull();
    expect(oldest.root.querySelector('nav[aria-label="Phân trang"] li a')!.textContent.trim()).toBe(
      'Mới nhất',
    );
  });

  test('shows the dateline of its own newspaper and a correction notice', () => {
    const page = site.page('/bai-viet/cu-nhat/')!;
    expect(page.root.querySelector('main')!.textContent).toContain('BSM - ');
    expect(page.root.querySelector('#dinh-chinh')).not.toBeNull();
    expect(page.html).toContain('Sửa tên người được phỏng vấn.');
  });

  test("plays an article's recording from a file carried next to its page", () => {
    const audio = site.page('/bai-viet/cu-nhat/')!.root.querySelector('audio')!;
    expect(audio.getAttribute('preload')).toBe('none');
    expect(audio.getAttribute('src')).toBe('/bai-viet/cu-nhat/cu-nhat.wav');
    expect(statSync(`${site.outDir}/bai-viet/cu-nhat/cu-nhat.wav`).size).toBe(
      statSync('tests/fixtures/content-other/articles/2020/cu-nhat.wav').size,
    );
  });

  test('keeps the old URL of a renamed article working', () => {
    expect(site.redirects.get('/bai-viet/gio-khong-mui-cu/')).toBe('/bai-viet/gio-khong-mui/');
  });

  test('builds a page for a district with no story', () => {
    expect(site.page('/dia-phuong/ia-rang/')!.root.querySelector('main')!.textContent).toContain(
      'Chưa có bài viết nào.',
    );
  });
});
