/** A reader's paths through the archive in Chromium: by mouse, by keyboard, on a phone, in both themes. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage } from './browser.ts';
import { PAGE_TYPES, useServedSites } from './served.ts';

const served = useServedSites();

/** Presses Tab until the link to `href` has focus, and checks that the focus can be seen. */
async function tabTo(page: Page, href: string, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return { href: null, outline: 'none' };
      const style = getComputedStyle(element);
      return {
        href: element.getAttribute('href'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (focused.href === href) {
      expect(focused.outline, `focus ring on ${href}`).not.toMatch(/^none|0px$/);
      return;
    }
  }
  throw new Error(`could not reach ${href} with the Tab key`);
}

describe('a reader', () => {
  test('follows a series from the home page to its last part and back, by mouse', async () => {
    const { page, errors, close } = await openPage(served.browser);
    await page.goto(`${served.base.sample}/`);
    await page.click('#chuyen-de ~ div a[href="/chuyen-de/hoc-va-lam-theo-bac/"]');
    await page.waitForURL('**/chuyen-de/hoc-va-lam-theo-bac/');
    await page.click('main ol a[href^="/bai-viet/"] >> nth=0');
    expect(await page.textContent('h1')).toContain('Tôi muốn biến nơi khỉ ho');
    const titles = [];
    for (;;) {
      titles.push((await page.textContent('h1'))!.trim());
      const next = page.locator('aside a[rel="next"]').first();
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(titles).toHaveLength(3);
    expect(await page.textContent('main')).toContain('Hết chuyên đề');
    await page.locator('aside a[href="/chuyen-de/hoc-va-lam-theo-bac/"]').last().click();
    await page.waitForURL('**/chuyen-de/hoc-va-lam-theo-bac/');
    expect(errors).toEqual([]);
    await close();
  });

  test('goes from a district to a model and to a story about it, then to a person', async () => {
    const { page, errors, close } = await openPage(served.browser, { width: 360 });
    await page.goto(`${served.base.sample}/dia-phuong/na-ri/`);
    await page.click('a[href="/mo-hinh/hien-dat-mo-duong-lien-thon/"]');
    await page.click('main a[href="/bai-viet/nguoi-hien-dat-o-na-ri/"]');
    expect(await page.textContent('h1')).toContain('Người hiến đất ở Na Rì');
    await page.click('main a[href="/nhan-vat/ha-van-duc/"]');
    expect(await page.textContent('h1')).toContain('Hà Văn Đức');
    expect(await page.textContent('main')).toContain('Nhân vật hư cấu');
    expect(errors).toEqual([]);
    await close();
  });

  test("pages through a district's stories, from the newest to the older pages and back", async () => {
    const { page, errors, close } = await openPage(served.browser);
    await page.goto(`${served.base.other}/dia-phuong/`);
    await page.click('a[href="/dia-phuong/dong-lau/"]');
    const titles = () =>
      page.$$eval('section[aria-labelledby="danh-sach-bai"] h3 a', (as) =>
        as.map((a) => a.textContent),
      );
    const first = await titles();
    await page.click('a[rel="next"]');
    // Numbered from the oldest: the page just older than the newest has the highest number.
    await page.waitForURL(/\/dia-phuong\/dong-lau\/trang\/[1-9]\d*\/$/);
    const second = await titles();
    // Two a page; the newest page holds those past the last full page too.
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first.length).toBeLessThanOrEqual(3);
    expect(second).toHaveLength(2);
    expect(second.some((title) => first.includes(title))).toBe(false);
    await page.click('a[rel="prev"]');
    await page.waitForURL(/\/dia-phuong\/dong-lau\/$/);
    expect(await titles()).toEqual(first);
    expect(errors).toEqual([]);
    await close();
  });

  test('gets the 404 page for an unknown address', async () => {
    const { page, close } = await openPage(served.browser);
    const response = await page.goto(`${served.base.sample}/khong-co-trang-nay/`);
    expect(response!.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('Không tìm thấy trang');
    await close();
  });

  test('does the series path with the keyboard alone, skip link first', async () => {
    const { page, errors, close } = await openPage(served.browser);
    await page.goto(`${served.base.sample}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#noi-dung',
    );
    expect(await page.locator('a[href="#noi-dung"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await tabTo(page, '/chuyen-de/hoc-va-lam-theo-bac/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/chuyen-de/hoc-va-lam-theo-bac/');
    await tabTo(page, '/bai-viet/toi-muon-bien-noi-khi-ho-co-gay-nay-thanh-noi-dang-song/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/toi-muon-bien-noi-khi-ho-co-gay-nay-thanh-noi-dang-song/');
    await tabTo(page, '/bai-viet/lan-toa-nhung-viec-lam-theo-bac-trong-cong-dong/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/lan-toa-nhung-viec-lam-theo-bac-trong-cong-dong/');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('every page type', () => {
  test.each(Object.entries(PAGE_TYPES))(
    '%s fits a 360 px screen without horizontal scrolling',
    async (_kind, path) => {
      const { page, errors, close } = await openPage(served.browser, { width: 360 });
      await page.goto(`${served.base.sample}${path}`, { waitUntil: 'networkidle' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      await close();
    },
  );

  test('follows the system theme, light and dark', async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(served.browser, { colorScheme });
      await page.goto(`${served.base.sample}${PAGE_TYPES.article}`);
      backgrounds.push(
        await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      );
      await close();
    }
    expect(backgrounds).toEqual(['rgb(253, 252, 248)', 'rgb(20, 20, 19)']);
  });
});
