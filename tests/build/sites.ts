/** The sites that the build tests build once and then inspect. */
import path from 'node:path';

/** The build's "now" for every test build: the sample's 2027 article stays scheduled. */
export const BUILD_NOW = '2026-11-26T12:00:00+07:00';

const root = path.resolve(import.meta.dirname, '../..');
// ARCHIVE_TESTS_OUT keeps two test runs that share node_modules (a git worktree) apart.
const out = process.env.ARCHIVE_TESTS_OUT || path.join(root, 'node_modules/.cache/archive-tests');

export const SITES = {
  sample: { content: path.join(root, 'content'), outDir: path.join(out, 'sample') },
  other: {
    content: path.join(root, 'tests/fixtures/content-other'),
    outDir: path.join(out, 'other'),
  },
  /** Script tags and event handlers in every data field. */
  hostile: {
    content: path.join(root, 'tests/fixtures/content-hostile'),
    outDir: path.join(out, 'hostile'),
  },
} as const satisfies Record<string, { content: string; outDir: string }>;

export type SiteName = keyof typeof SITES;
