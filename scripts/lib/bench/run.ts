/** Runs a Node script as a child process and measures its wall time, CPU time and peak memory. */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { machineBusySeconds, processCommand, reapedChildrenCpuSeconds, treeRss } from './proc.ts';

/** A line of the child's output and when it arrived, in seconds after the start. */
export type TimedLine = { at: number; text: string };

/** The highest resident memory one process of the tree reached, and when. */
export type ProcessPeak = { pid: number; command: string; peakRssBytes: number; atSeconds: number };

/** What one run cost. */
export type Measured = {
  /** The exit code; null when a signal ended the process. */
  code: number | null;
  wallSeconds: number;
  /** User + system CPU seconds of the whole process tree (from /proc/self/stat cutime + cstime). */
  cpuSeconds: number;
  /** The highest summed RSS of the process tree, sampled every 100 ms. */
  peakRssBytes: number;
  /** When that peak was sampled, in seconds after the start. */
  peakAtSeconds: number;
  /** Each process of the tree at its own highest RSS (same samples), in order of start. */
  processPeaks: ProcessPeak[];
  /** CPU seconds that other processes of the machine used meanwhile: noise when it is large. */
  otherCpuSeconds: number;
  /** stdout and stderr, line by line, in order of arrival. */
  lines: TimedLine[];
  /** Where the output was written. */
  logFile: string;
};

const SAMPLE_MS = 100;

/** Runs `node <args>` with `env`, writing its output to `logFile`; never rejects on a failing exit. */
export function runMeasured(
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<Measured> {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const lines: TimedLine[] = [];
  const cpuBefore = reapedChildrenCpuSeconds();
  const busyBefore = machineBusySeconds();
  const ownBefore = process.cpuUsage();
  const start = performance.now();
  const elapsed = () => (performance.now() - start) / 1000;
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakRssBytes = 0;
  let peakAtSeconds = 0;
  const peaks = new Map<number, ProcessPeak>();
  const sample = () => {
    if (child.pid === undefined) return;
    const at = elapsed();
    const tree = treeRss(child.pid);
    const rss = tree.reduce((sum, process) => sum + process.bytes, 0);
    if (rss > peakRssBytes) [peakRssBytes, peakAtSeconds] = [rss, at];
    for (const { pid, bytes } of tree) {
      const known = peaks.get(pid);
      if (!known)
        peaks.set(pid, { pid, command: processCommand(pid), peakRssBytes: bytes, atSeconds: at });
      else if (bytes > known.peakRssBytes) [known.peakRssBytes, known.atSeconds] = [bytes, at];
    }
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  sample();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (text) => {
      const line = { at: elapsed(), text };
      lines.push(line);
      log.write(`[${line.at.toFixed(3)}s] ${text}\n`);
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallSeconds = elapsed();
      const cpuSeconds = reapedChildrenCpuSeconds() - cpuBefore;
      const own = process.cpuUsage(ownBefore);
      const ownSeconds = (own.user + own.system) / 1e6;
      const otherCpuSeconds = Math.max(
        0,
        machineBusySeconds() - busyBefore - cpuSeconds - ownSeconds,
      );
      const figures = {
        code,
        wallSeconds,
        cpuSeconds,
        peakRssBytes,
        peakAtSeconds,
        processPeaks: [...peaks.values()],
        otherCpuSeconds,
      };
      log.end(() => resolve({ ...figures, lines, logFile }));
    });
  });
}
