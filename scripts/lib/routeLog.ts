/**
 * Astro's build log names every page, the tens of thousands it restores unchanged from the
 * previous build among them: at 10,000 articles 29,000 lines of "(restored)" for one new story,
 * which hid the pages that changed and cost both processes time (each line a write to the pipe
 * to `npm run build`, read and written again there). `npm run build` says how many pages were
 * restored in one line at the end (PagesReused).
 */

/** A page's line as Astro starts it: "15:11:18   ├─ /path/index.html", ended when it is done. */
const PAGE_LINE = '├─';
/** The end of a page's line when the page was taken unchanged from the previous build. */
const UNCHANGED_PAGE = /^\s*(?:\x1b\[[0-9;]*m)*\((?:restored|cached)\)/;

/**
 * `write` without the lines of pages restored or cached: the start of a page's line is held
 * until its end shows whether the page was rendered. Anything else passes as it comes.
 */
export function withoutUnchangedPages(write: (text: string) => void): (text: string) => void {
  let held: string | undefined;
  return (text) => {
    if (held !== undefined) {
      const start = held;
      held = undefined;
      if (UNCHANGED_PAGE.test(text)) return;
      write(start);
    }
    if (text.includes(PAGE_LINE) && !text.endsWith('\n')) held = text;
    else write(text);
  };
}
