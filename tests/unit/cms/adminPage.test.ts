import { describe, expect, test } from 'vitest';
import { editorPageData } from './editorPage.ts';
import { adminHtml, adminPolicy } from '#src/lib/cms/adminPage.ts';
import { editorConfig, type EditorSettings } from '#src/lib/cms/editorConfig.ts';

const settings = (backend: EditorSettings['backend']) =>
  editorConfig({
    backend,
    contentFolder: 'content',
    siteUrl: 'https://x.vn',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
const hosts = (policy: string) => policy.match(/https?:\/\/[^\s;]+/g) ?? [];

describe('the editor page', () => {
  test('lets the editor talk to its own git host only', () => {
    expect(hosts(adminPolicy(settings({ backend: 'local' })))).toEqual(['http://localhost:8081']);
    expect(
      hosts(adminPolicy(settings({ backend: 'github', repo: 'a/b', branch: 'main' }))),
    ).toEqual(['https://api.github.com']);
    expect(
      hosts(
        adminPolicy(
          settings({
            backend: 'gitea',
            repo: 'a/b',
            branch: 'main',
            baseUrl: 'https://git.bao.vn/',
          }),
        ),
      ),
    ).toEqual(['https://git.bao.vn']);
  });

  test('is kept out of search engines and hands the site zone and cards to its script', () => {
    const card = {
      id: 'bep-an',
      kind: 'Mô hình',
      name: 'Bếp ăn "bán trú" </script>',
      href: '/mo-hinh/bep-an/',
      detail: 'Na Rì',
    };
    const data = {
      timeZone: 'Asia/Ho_Chi_Minh',
      dateline: 'BBK',
      cards: { models: [card], people: [] },
      parts: { 'mua-nuoc': { '1': '2021/mua-nuoc-bai-1' } },
    };
    const html = adminHtml({
      title: 'Tòa soạn <thử>',
      config: settings({ backend: 'local' }),
      data,
    });
    expect(editorPageData(html)).toEqual(data);
    expect(html.match(/<\/script>/g)).toHaveLength(4);
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(1024);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<title>Tòa soạn &lt;thử></title>');
    expect(html).not.toMatch(/<script>/);
  });
});
