/**
 * Runs `astro build` for scripts/build.ts in a process of its own, and tells it of each page
 * once the page is on disk, so that the search index reads it while Astro writes the next ones.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

/** The message sent for each HTML file written. */
export type PageWritten = { written: string };

const send = process.send?.bind(process);
if (send) {
  // Astro writes each page with fs.promises.writeFile. Should that change, no page is reported
  // and the index reads every page once Astro is done: slower, never wrong.
  const writeFile = fs.promises.writeFile;
  fs.promises.writeFile = (async (...args: Parameters<typeof writeFile>) => {
    await writeFile(...args);
    const [file] = args;
    const target = file instanceof URL ? fileURLToPath(file) : String(file);
    if (target.endsWith('.html')) send({ written: target } satisfies PageWritten);
  }) as typeof writeFile;
}

await build({});
