/**
 * Links the previous build's outputs from Astro's incremental cache into the new build folder
 * (prelinkOutputs.ts), off the build's main thread. Answers with the inode of each file linked.
 */
import { linkSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { files, from, to } = workerData as { files: string[]; from: string; to: string };
const made = new Set<string>();
const linked: [file: string, inode: number][] = [];
for (const file of files) {
  const source = path.join(from, file);
  const target = path.join(to, file);
  const folder = path.dirname(target);
  try {
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    linkSync(source, target);
    linked.push([file, statSync(target).ino]);
  } catch {
    // No copy in the cache, or Astro restored or wrote it first: Astro has it in hand.
  }
}
parentPort!.postMessage(linked);
