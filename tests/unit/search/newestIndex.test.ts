import { describe, expect, test } from 'vitest';
import {
  hasNewestIndex,
  indexedPageCount,
  NEWEST_INDEX_ABOVE,
  NEWEST_PAGES,
} from '#src/lib/search/newestIndex.ts';

describe("the newest articles' index", () => {
  test('is there only for an archive of more than a thousand pages, larger than it', () => {
    expect(NEWEST_PAGES).toBeLessThan(NEWEST_INDEX_ABOVE);
    expect(hasNewestIndex(NEWEST_INDEX_ABOVE)).toBe(false);
    expect(hasNewestIndex(NEWEST_INDEX_ABOVE + 1)).toBe(true);
    expect(hasNewestIndex(10, 9)).toBe(true);
  });

  test("counts an index's pages from its entry file, over its languages", () => {
    expect(indexedPageCount({ languages: { vi: { page_count: 11_264 } } })).toBe(11_264);
    expect(indexedPageCount({ languages: { vi: { page_count: 3 }, en: { page_count: 2 } } })).toBe(
      5,
    );
    expect(indexedPageCount({ languages: {} })).toBe(0);
  });
});
