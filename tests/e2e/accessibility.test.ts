/** axe-core on every page type, in both themes: no WCAG 2.1 A or AA violation. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { openPage } from './browser.ts';
import { PAGE_TYPES, useServedSites } from './served.ts';

const served = useServedSites();
const cases = (['light', 'dark'] as const).flatMap((theme) =>
  Object.entries(PAGE_TYPES).map(([kind, path]) => [theme, kind, path] as const),
);

describe('accessibility', () => {
  test.each(cases)(
    '%s theme: the %s page has no WCAG 2.1 A/AA violation',
    async (colorScheme, kind, path) => {
      const { page, close } = await openPage(served.browser, { colorScheme });
      await page.goto(`${served.base.sample}${path}`, { waitUntil: 'networkidle' });
      if (kind === 'search') await page.waitForSelector('[data-results] li');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(summary).toEqual([]);
      await close();
    },
  );

  test('gives every image a text alternative', async () => {
    const { page, close } = await openPage(served.browser);
    for (const path of Object.values(PAGE_TYPES)) {
      await page.goto(`${served.base.sample}${path}`);
      expect(await page.locator('img:not([alt])').count(), path).toBe(0);
    }
    await close();
  });
});
