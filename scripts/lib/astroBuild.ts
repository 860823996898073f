/**
 * Runs `astro build` for scripts/build.ts in a process of its own. Two changes to how it writes
 * files, both measured at 10,000 articles (BENCHMARKS.md):
 * - each file is written in one synchronous call: Astro awaits a mkdir, an open, a write and a
 *   close per page, each a round trip to libuv's thread pool, and the process sat idle for a
 *   quarter of page rendering;
 * - the parent hears of each page once it is on disk, so that the search index reads it while
 *   Astro writes the next ones. Should Astro stop writing through fs.promises, no page is
 *   reported and the index reads every page once Astro is done: slower, never wrong.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

/** The message sent for each HTML file written. */
export type PageWritten = { written: string };

const send = process.send?.bind(process);
const { writeFile, mkdir } = fs.promises;

fs.promises.writeFile = (async (...args: Parameters<typeof writeFile>) => {
  const [file, data, options] = args;
  const target = typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : '';
  if (!target || !(typeof data === 'string' || ArrayBuffer.isView(data))) return writeFile(...args);
  fs.writeFileSync(target, data, options as fs.WriteFileOptions);
  if (send && target.endsWith('.html')) send({ written: target } satisfies PageWritten);
}) as typeof writeFile;

fs.promises.mkdir = (async (...args: Parameters<typeof mkdir>) =>
  fs.mkdirSync(...args)) as typeof mkdir;

await build({});
