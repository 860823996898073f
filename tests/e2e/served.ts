/** Serves the test builds and starts Chromium, once per test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { SITES, type SiteName } from '../build/sites.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './staticServer.ts';

/** The browser and the base URL of each test site, ready in the tests of the calling file. */
export function useServedSites() {
  const state = { browser: undefined as unknown as Browser, base: {} as Record<SiteName, string> };
  const closers: (() => void)[] = [];
  beforeAll(async () => {
    state.browser = await launchBrowser();
    for (const name of Object.keys(SITES) as SiteName[]) {
      const served = await serveStatic(SITES[name].outDir);
      state.base[name] = served.url;
      closers.push(() => served.server.close());
    }
  });
  afterAll(async () => {
    await state.browser?.close();
    for (const close of closers) close();
  });
  return state;
}

/** One page of each kind in the sample archive. */
export const PAGE_TYPES = {
  home: '/',
  article: '/bai-viet/lan-toa-nhung-viec-lam-theo-bac-trong-cong-dong/',
  seriesIndex: '/chuyen-de/',
  series: '/chuyen-de/nong-thon-moi-tu-suc-dan/',
  districtIndex: '/dia-phuong/',
  district: '/dia-phuong/bach-thong/',
  modelIndex: '/mo-hinh/',
  model: '/mo-hinh/quy-tiet-kiem-cong-dong/',
  personIndex: '/nhan-vat/',
  person: '/nhan-vat/ha-van-duc/',
  topicIndex: '/chu-de/',
  topic: '/chu-de/nong-thon-moi/',
  archiveIndex: '/luu-tru/',
  year: '/luu-tru/2024/',
  feeds: '/rss/',
  search: '/tim-kiem/?q=n%C3%B4ng+th%C3%B4n',
  notFound: '/khong-co-trang-nay/',
} as const;
