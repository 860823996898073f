/** Fresh copies of the fixture content folder for tests that write; the fixture itself is never written. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const FIXTURE = path.resolve('tests/fixtures/content-other');

/** A function that returns a new copy of tests/fixtures/content-other each call, removed after the file's tests. */
export function fixtureCopies(prefix: string): () => string {
  const workspace = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  let counter = 0;
  return () => {
    const dir = path.join(workspace, `content-${counter++}`);
    cpSync(FIXTURE, dir, { recursive: true });
    return dir;
  };
}
