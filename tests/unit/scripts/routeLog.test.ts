import { describe, expect, it } from 'vitest';
import { withoutUnchangedPages } from '../../../scripts/lib/routeLog.ts';

/** What passes through the filter, given Astro's writes one by one. */
function passed(writes: string[]): string {
  const out: string[] = [];
  const write = withoutUnchangedPages((text) => out.push(text));
  writes.forEach(write);
  return out.join('');
}

describe('withoutUnchangedPages', () => {
  it('drops the lines of restored and cached pages, keeps those of rendered ones', () => {
    expect(
      passed([
        '15:11:18   ├─ /bai-viet/moi/index.html',
        ' (+22ms) \n',
        '15:11:18   ├─ /bai-viet/cu/index.html',
        ' (restored)\n',
        '15:11:18   ├─ /anh-chia-se/a.png',
        ' (cached)\n',
        '15:11:19   ├─ /index.html',
        ' (+281ms) \n',
      ]),
    ).toBe(
      '15:11:18   ├─ /bai-viet/moi/index.html (+22ms) \n15:11:19   ├─ /index.html (+281ms) \n',
    );
  });

  it('reads through colours', () => {
    expect(
      passed([
        '  \x1b[32m├─\x1b[39m \x1b[2m/a/index.html\x1b[22m',
        ' \x1b[32m(restored)\x1b[39m\n',
      ]),
    ).toBe('');
  });

  it('passes a page line whose end never came, and every other line, as written', () => {
    expect(
      passed([
        '\n generating static routes \n',
        '  ├─ /a/index.html',
        '  ├─ /b/index.html',
        ' (+3ms) \n',
        '[build] ✓ Completed in 14.54s.\n',
      ]),
    ).toBe(
      '\n generating static routes \n  ├─ /a/index.html  ├─ /b/index.html (+3ms) \n[build] ✓ Completed in 14.54s.\n',
    );
  });
});
