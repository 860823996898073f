/** What both publishing pipelines (GitHub Actions, GitLab CI) must do, shared by their tests. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';

/** The build caches kept between runs: processed pictures and content layer, link-preview cards. */
export const BUILD_CACHES = ['node_modules/.astro', 'node_modules/.cache/share-cards'];

/** The commands that publish, in the order they must run. */
const PUBLISHING_COMMANDS = ['npm ci', 'npm run check', 'npm run build'];

/** A pipeline file from the repository's root, parsed. */
export function readPipeline<T>(file: string): T {
  return parse(readFileSync(file, 'utf8')) as T;
}

/** Where each publishing command first runs among the shell lines (-1 when it never does). */
export function publishingOrder(runs: string[]): number[] {
  return PUBLISHING_COMMANDS.map((command) => runs.findIndex((run) => run.startsWith(command)));
}

/** Fails unless the lines install from the lock file, then check, then build. */
export function expectInstallCheckBuild(runs: string[]): void {
  const order = publishingOrder(runs);
  expect(
    order.every((index) => index >= 0),
    `${PUBLISHING_COMMANDS} in ${runs}`,
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
}

/** Fails unless the lines install from the lock file, then check, and build nothing. */
export function expectInstallThenCheckOnly(runs: string[]): void {
  const [install, check, build] = publishingOrder(runs);
  expect(install, `npm ci in ${runs}`).toBeGreaterThanOrEqual(0);
  expect(check, `npm run check after npm ci in ${runs}`).toBeGreaterThan(install);
  expect(build, `no build in ${runs}`).toBe(-1);
}
