/**
 * Astro's build log names every page, the tens of thousands it restores unchanged from the
 * previous build among them: at 10,000 articles 29,000 lines of "(restored)" for one new story,
 * which hid the pages that changed. `npm run build` leaves them out of what it shows and says
 * how many pages were restored in one line at the end (PagesReused).
 */

/** The end of a page's line when the page was taken unchanged from the previous build. */
const UNCHANGED_PAGE = /\((?:restored|cached)\)(?:\x1b\[[0-9;]*m)*\s*$/;
/** What starts a page's entry: "15:11:18   ├─ /path/index.html", the time and colours optional. */
const PAGE_ENTRY = /(?:\d\d:\d\d:\d\d)?(?:\s|\x1b\[[0-9;]*m)*├─[^├]*$/;

/**
 * A line of Astro's build log without the entry of a page restored or cached, or undefined when
 * nothing else is left of it. Astro renders pages side by side, and a line can hold the start of
 * a page still being rendered before the page that ended it; that start is kept.
 */
export function withoutUnchangedPage(line: string): string | undefined {
  if (!UNCHANGED_PAGE.test(line)) return line;
  const rest = line.replace(PAGE_ENTRY, '');
  return rest.trim() ? rest : undefined;
}
