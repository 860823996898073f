/** The pages a build rendered and reused, from its log. */
import type { TimedLine } from './run.ts';

/** Pages rendered and reused by one build (scripts/build.ts --lang en: "Pages: R rendered, S reused."). */
export type PageCounts = { rendered: number; reused: number };

const PAGES_LINE = /Pages: ([\d,]+) rendered, ([\d,]+) reused\./;

/** The counts of the build's last "Pages:" line; undefined when it printed none. */
export function pageCounts(lines: readonly TimedLine[]): PageCounts | undefined {
  const match = lines.map((line) => PAGES_LINE.exec(line.text)).findLast((found) => found !== null);
  if (!match) return undefined;
  const count = (text: string) => Number(text.replaceAll(',', ''));
  return { rendered: count(match[1]), reused: count(match[2]) };
}
