import { describe, expect, it } from 'vitest';
import { withoutUnchangedPage } from '#scripts/lib/routeLog.ts';

describe('withoutUnchangedPage', () => {
  it('drops the lines of restored and cached pages, keeps those of rendered ones', () => {
    expect(withoutUnchangedPage('15:11:18   ├─ /bai-viet/cu/index.html (restored)')).toBe(
      undefined,
    );
    expect(withoutUnchangedPage('15:11:18   ├─ /anh-chia-se/a.png (cached)')).toBe(undefined);
    const rendered = '15:11:18   ├─ /bai-viet/moi/index.html (+22ms) ';
    expect(withoutUnchangedPage(rendered)).toBe(rendered);
    expect(withoutUnchangedPage('[build] ✓ Completed in 14.54s.')).toBe(
      '[build] ✓ Completed in 14.54s.',
    );
  });

  it('reads through colours', () => {
    expect(
      withoutUnchangedPage(
        '  \x1b[32m├─\x1b[39m \x1b[2m/a/index.html\x1b[22m \x1b[32m(restored)\x1b[39m',
      ),
    ).toBe(undefined);
  });

  it('keeps the start of a page still being rendered that shares the line', () => {
    expect(
      withoutUnchangedPage(
        '15:08:57   ├─ /bai-viet/moi/index.html15:08:57   ├─ /bai-viet/cu/index.html (restored)',
      ),
    ).toBe('15:08:57   ├─ /bai-viet/moi/index.html');
  });
});
