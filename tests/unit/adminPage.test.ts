import { describe, expect, test } from 'vitest';
import { adminHtml, adminPolicy } from '../../src/lib/cms/adminPage.ts';
import { editorConfig, type EditorSettings } from '../../src/lib/cms/editorConfig.ts';

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

  test('is kept out of search engines and names the site zone for the dates it writes', () => {
    const html = adminHtml({
      title: 'Tòa soạn <thử>',
      config: settings({ backend: 'local' }),
      timeZone: 'Asia/Ho_Chi_Minh',
      cards: { models: [['bep-an', 'Bếp ăn "bán trú"']], people: [] },
    });
    expect(html).toContain('data-cards="{&quot;models&quot;:[[&quot;bep-an&quot;');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('data-time-zone="Asia/Ho_Chi_Minh"');
    expect(html).toContain('<title>Tòa soạn &lt;thử></title>');
    expect(html).not.toMatch(/<script>/);
  });
});
