/** The reader's article page in Chromium: table of contents, copy link, player, speech. */
import { describe, expect, test } from 'vitest';
import { openPage } from './browser.ts';
import { useServedSites } from './served.ts';

const served = useServedSites();
const ARTICLE = '/bai-viet/nguoi-hien-dat-o-na-ri/';

describe('an article page', () => {
  test('jumps to each section from the table of contents', async () => {
    const { page, errors, close } = await openPage(served.browser, { width: 360 });
    await page.goto(`${served.base.sample}${ARTICLE}`);
    const links = page.locator('nav[aria-labelledby="muc-luc"] a');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const second = links.nth(1);
    const href = (await second.getAttribute('href'))!;
    await second.click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href));
    const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
    expect(await target.isVisible()).toBe(true);
    const top = await target.evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    expect(errors).toEqual([]);
    await close();
  });

  test('copies its own address with the copy-link button', async () => {
    const { page, errors, close } = await openPage(served.browser);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.base.sample });
    await page.goto(`${served.base.sample}${ARTICLE}`);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-copy-status]')?.textContent !== '',
    );
    expect(await page.textContent('[data-copy-status]')).toBe('Đã sao chép liên kết');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://luutru.example.vn${ARTICLE}`,
    );
    expect(errors).toEqual([]);
    await close();
  });

  test('shows no speech controls on a device without a Vietnamese voice', async () => {
    const { page, close } = await openPage(served.browser);
    await page.goto(`${served.base.sample}${ARTICLE}`, { waitUntil: 'networkidle' });
    const voices = await page.evaluate(
      () => speechSynthesis.getVoices().filter((v) => v.lang.startsWith('vi')).length,
    );
    expect(voices).toBe(0);
    expect(await page.locator('[data-speech]').isVisible()).toBe(false);
    await close();
  });

  test('offers the speech controls when the device has a Vietnamese voice', async () => {
    const { page, close } = await openPage(served.browser);
    await page.addInitScript(() => {
      const voice = {
        lang: 'vi-VN',
        name: 'Giọng thử',
        default: true,
        localService: true,
        voiceURI: 'thu',
      };
      Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
    });
    await page.goto(`${served.base.sample}${ARTICLE}`);
    expect(await page.locator('[data-speech]').isVisible()).toBe(true);
    await close();
  });

  test('plays its recording from the keyboard, loading nothing before', async () => {
    const { page, errors, close } = await openPage(served.browser);
    const audioRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wav')) audioRequests.push(request.url());
    });
    await page.goto(`${served.base.other}/bai-viet/cu-nhat/`, { waitUntil: 'networkidle' });
    expect(audioRequests).toEqual([]);
    expect(await page.locator('[data-speech]').count()).toBe(0);
    const audio = page.locator('audio');
    expect(await audio.getAttribute('preload')).toBe('none');
    await audio.focus();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('AUDIO');
    await page.keyboard.press('Space');
    await page.waitForFunction(
      () =>
        !(document.querySelector('audio') as HTMLAudioElement).paused ||
        (document.querySelector('audio') as HTMLAudioElement).readyState > 0,
      null,
      { timeout: 5000 },
    );
    expect(audioRequests.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });
});
