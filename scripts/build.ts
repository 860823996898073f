/** `npm run build`: checks the content, then builds dist/. Nothing is written when the content has errors. */
import { build } from 'astro';
import { CHECKED_ENV } from '../src/integrations/archive.ts';
import { reportContent } from './lib/reportContent.ts';

/** Checks the content and builds the site; returns false (having written nothing) on content errors. */
export async function buildSite(): Promise<boolean> {
  if (!reportContent()) {
    console.error('Build stopped before writing anything: fix the errors above.');
    return false;
  }
  process.env[CHECKED_ENV] = '1';
  await build({});
  return true;
}

if (import.meta.main) {
  try {
    process.exitCode = (await buildSite()) ? 0 : 1;
  } catch (error) {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
