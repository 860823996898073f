/**
 * The browser editor in the built site: written to /admin/ when site.yaml names the git host
 * (the other site), absent otherwise (the sample); kept out of search engines, sitemaps, the
 * search index and the feeds; all of it from the site's own files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { editorPageData } from '../unit/cms/editorPage.ts';
import { parse } from 'yaml';
import { builtSite } from './dist.ts';

describe('the built editor', () => {
  const site = builtSite('other');
  const admin = path.join(site.outDir, 'admin');

  test('is written with its configuration for the git host, pointing at the content folder', () => {
    const config = parse(readFileSync(path.join(admin, 'config.yml'), 'utf8'));
    expect(config.backend).toEqual({
      name: 'gitlab',
      repo: 'bao-song-may/luu-tru',
      branch: 'main',
      app_id: 'song-may-editor',
      auth_type: 'pkce',
    });
    expect(config.local_backend).toBeUndefined();
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections[0].folder).toBe('tests/fixtures/content-other/articles');
  });

  test('loads Decap from the site itself and talks to no host but the git host', () => {
    const html = readFileSync(path.join(admin, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const sources = [...html.matchAll(/src="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) {
      expect(source).toMatch(/^\/admin\//);
      expect(existsSync(path.join(site.outDir, source))).toBe(true);
    }
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    const hosts = policy.match(/https?:\/\/[^\s;]+/g);
    expect(hosts).toEqual(['https://gitlab.com']);
    expect(readdirSync(path.join(admin, 'decap')).some((f) => f.endsWith('.map'))).toBe(false);
  });

  test("previews articles in the site's own stylesheet, with the site's cards", () => {
    const html = readFileSync(path.join(admin, 'index.html'), 'utf8');
    const data = editorPageData(html);
    expect(data.previewStyle).toMatch(/^\/_astro\/.+\.css$/);
    expect(readFileSync(path.join(site.outDir, data.previewStyle!), 'utf8')).toContain('.prose');
    expect(data.cards.people.map((card) => card.id)).toContain('do-thi-duyen');
    expect(data.cards.people[0]).toMatchObject({ href: expect.stringMatching(/^\/nhan-vat\//) });
  });

  test('names the parts of published articles only: a draft or a scheduled one stays unknown', () => {
    const html = readFileSync(path.join(admin, 'index.html'), 'utf8');
    expect(editorPageData(html).parts['dang-viet']).toEqual({ '1': '2023/dang-viet-bai-1' });
    // The fixture's draft (ban-nhap) and its article scheduled for 2099 (tuong-lai).
    expect(html).not.toContain('ban-nhap');
    expect(html).not.toContain('tuong-lai');
  });

  test('stays out of the sitemaps, the feeds and the search index', () => {
    for (const [file, text] of site.texts)
      if (/\.(xml|json|txt)$/.test(file)) expect(text, file).not.toContain('/admin/');
    const fragments = path.join(site.outDir, 'pagefind', 'fragment');
    const urls = readdirSync(fragments).map((file) =>
      gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8'),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const fragment of urls) expect(fragment).not.toContain('/admin/');
  });

  test('is not built for a site that names no git host', () => {
    expect(existsSync(path.join(builtSite('sample').outDir, 'admin'))).toBe(false);
  });
});
