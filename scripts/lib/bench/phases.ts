/** Where a build's time goes, read from the build's log (Astro and Vite print their phases). */
import type { TimedLine } from './run.ts';

/** One phase of a build and its duration. */
export type Phase = { name: string; seconds: number };

const ANSI = /\x1b\[[0-9;]*m/g;

/** Seconds in a duration as Astro and Vite print it: "720ms", "1.10s", "2m 3s", "2m". */
export function parseDuration(text: string): number | undefined {
  const ms = /^(\d+(?:\.\d+)?)ms$/.exec(text);
  if (ms) return Number(ms[1]) / 1000;
  const minSec = /^(?:(\d+)m)? ?(?:(\d+(?:\.\d+)?)s)?$/.exec(text);
  if (!minSec || (!minSec[1] && !minSec[2])) return undefined;
  return Number(minSec[1] ?? 0) * 60 + Number(minSec[2] ?? 0);
}

/** The end of each phase, as a line of the log marks it. */
type Mark = { phase: string; end: (log: Log) => number | undefined };

/** The log's lines without colours, with their arrival times. */
type Log = { texts: string[]; times: number[] };

/** When the first line matching `pattern` (at or after line `from`) arrived; undefined if none did. */
function arrival(log: Log, pattern: RegExp, from = 0): number | undefined {
  for (let i = Math.max(0, from); i < log.texts.length; i++)
    if (pattern.test(log.texts[i])) return log.times[i];
  return undefined;
}

/** The index of the first line matching `pattern`, or -1. */
function lineOf(log: Log, pattern: RegExp): number {
  return log.texts.findIndex((text) => pattern.test(text));
}

const TYPES_LINE = /\[types\] Generated (\S+)/;

/** The phases in order, each ending when its line arrives (Astro prints only the end of sync). */
const MARKS: Mark[] = [
  // `npm run build` checks the content while Astro starts and syncs it, holding Astro's output
  // until the check passes: the three run side by side and end as one phase.
  {
    phase: 'start-up, content check, content sync and types',
    end: (log) =>
      Math.max(
        arrival(log, /: (?:No problems found|\d+ errors?, \d+ warnings?)\.$/) ?? 0,
        arrival(log, TYPES_LINE) ?? 0,
      ) || undefined,
  },
  {
    phase: 'Vite build (until "generating static routes")',
    end: (log) => arrival(log, /generating static routes/),
  },
  {
    phase: 'page rendering ("generating static routes")',
    end: (log) =>
      arrival(log, /^(?:\d\d:\d\d:\d\d )?✓ Completed in /, lineOf(log, /generating static routes/)),
  },
  {
    phase: 'pictures ("generating optimized images")',
    end: (log) => {
      const start = lineOf(log, /generating optimized images/);
      return start < 0 ? undefined : arrival(log, /✓ Completed in /, start);
    },
  },
  { phase: 'sitemap and build hooks', end: (log) => arrival(log, /\[build\] Complete!/) },
  { phase: 'search index (Pagefind)', end: (log) => arrival(log, /^Search index:/) },
];

/**
 * Splits a build's wall time into phases by when their closing lines arrived; a phase whose
 * line is missing (the baseline has no content check and no search index) takes 0 s.
 */
export function buildPhases(lines: TimedLine[], wallSeconds: number): Phase[] {
  const log = {
    texts: lines.map((line) => line.text.replace(ANSI, '').trim()),
    times: lines.map((line) => line.at),
  };
  const phases: Phase[] = [];
  let start = 0;
  for (const mark of MARKS) {
    const end = Math.min(wallSeconds, Math.max(start, mark.end(log) ?? start));
    phases.push({ name: mark.phase, seconds: end - start });
    start = end;
  }
  phases.push({ name: 'exit', seconds: Math.max(0, wallSeconds - start) });
  return phases;
}

/** The name of the phase running `seconds` after the start. */
export function phaseAt(phases: readonly Phase[], seconds: number): string {
  let end = 0;
  for (const phase of phases) {
    end += phase.seconds;
    if (seconds <= end) return phase.name;
  }
  return phases[phases.length - 1]?.name ?? '';
}
