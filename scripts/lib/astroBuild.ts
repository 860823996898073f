/**
 * Runs `astro build` for scripts/build.ts in a process of its own, so that its memory is gone
 * before the search index is built: the peak is the larger of the two steps, not their sum.
 */
import { build } from 'astro';

await build({});
