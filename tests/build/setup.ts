/** Vitest global setup: builds every test site once, the way `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_NOW, SITES } from './sites.ts';

export default function setup() {
  for (const [name, site] of Object.entries(SITES)) {
    rmSync(site.outDir, { recursive: true, force: true });
    // Fresh: every page rendered by this code, whatever an earlier run left in the cache.
    const result = spawnSync(process.execPath, [path.resolve('scripts/build.ts'), '--fresh'], {
      env: {
        ...process.env,
        LANG: 'C.UTF-8',
        CONTENT_DIR: site.content,
        OUT_DIR: site.outDir,
        BUILD_NOW,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      },
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`Building the ${name} site failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
}
