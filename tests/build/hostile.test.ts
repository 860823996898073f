/**
 * A content folder with `<script>` tags and event handlers in every data field: everything must
 * come out as text, in every page and feed, and nothing a journalist typed may run.
 */
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtSite } from './dist.ts';

const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('content with markup in every data field', () => {
  const site = builtSite('hostile');

  test('gives no page a script of its own, an injected image or an event handler', () => {
    for (const page of site.pages) {
      // Only the site's own bundled modules (an /_astro/ file or an inline module Astro wrote), and
      // structured data that is JSON through and through, with every "<" escaped.
      for (const script of page.root.querySelectorAll('script')) {
        if (script.getAttribute('type') === 'application/ld+json') {
          expect(script.textContent, page.path).not.toContain('<');
          expect(() => JSON.parse(script.textContent), page.path).not.toThrow();
          continue;
        }
        expect(script.getAttribute('type'), page.path).toBe('module');
        const src = script.getAttribute('src');
        if (src) expect(src, page.path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        expect(script.textContent, page.path).not.toContain('alert(');
      }
      expect(page.root.querySelectorAll('img[src="x"]'), page.path).toHaveLength(0);
      for (const element of page.root.querySelectorAll('*')) {
        const handlers = Object.keys(element.attributes).filter((name) =>
          name.toLowerCase().startsWith('on'),
        );
        expect(handlers, `${page.path} <${element.tagName}>`).toEqual([]);
      }
    }
  });

  test('shows every field as the literal text that was typed', () => {
    const article = site.page('/bai-viet/bai-1/')!;
    const text = article.root.querySelector('main')!.textContent;
    for (const label of [
      'Tiêu đề 1',
      'Sa-pô 1',
      'Tác giả',
      'Huyện',
      'Mô hình',
      'Người',
      'Chủ đề',
      'Loạt bài',
      'Đính chính',
      'BT',
    ]) {
      expect(text, label).toContain(`${label} ${PAYLOAD}`.replace('BT ', 'BT'));
    }
    expect(article.root.querySelector('title')!.textContent).toContain(PAYLOAD);
    const data = article.root
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as { '@type': string; headline?: string });
    expect(data.find((node) => node['@type'] === 'NewsArticle')!.headline).toContain(PAYLOAD);
    const person = site.page('/nhan-vat/nguoi-a/')!.root.querySelector('main')!.textContent;
    for (const label of ['Vai trò', 'Thành tích', 'Câu nói'])
      expect(person).toContain(`${label} ${PAYLOAD}`);
    const district = site.page('/dia-phuong/huyen-a/')!.root.querySelector('main')!.textContent;
    expect(district).toContain(`Lịch sử ${PAYLOAD}`);
    expect(site.page('/chuyen-de/loat-a/')!.root.querySelector('main')!.textContent).toContain(
      `Bài thiếu ${PAYLOAD}`,
    );
  });

  test('escapes every field in the feeds and the OPML file', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    for (const [file, text] of site.texts) {
      if (!file.endsWith('.xml') && !file.endsWith('.opml')) continue;
      expect(() => parser.parse(text), file).not.toThrow();
      expect(text.includes('<script>'), file).toBe(false);
    }
    const channel = parser.parse(site.texts.get(`${site.outDir}/rss.xml`)!).rss.channel;
    const item = [channel.item].flat()[0];
    expect(item.title).toContain(PAYLOAD);
    expect(parse(item['content:encoded']).querySelectorAll('script, img')).toHaveLength(0);
  });
});
