/**
 * What a build was made by, beyond its content: the code, the dependencies, Node, the site
 * settings and the format of the caches. A build whose fingerprint differs from the previous
 * one's takes nothing from it (pageReuse.ts): every page is rendered again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PAGE_MANIFEST_VERSION } from '../lib/shared/pageReuse.ts';

/** The files of `folder`, every level, in a fixed order. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/**
 * The fingerprint of a build of `contentDir` by the project in `root`: src/ (pages, components,
 * the archive's code, the schemas), the Astro config and the build's writer, the lockfile, the
 * Node version and the content's site.yaml.
 */
export function buildFingerprint(root: string, contentDir: string): string {
  const key = `${root}\n${contentDir}`;
  let fingerprint = fingerprints.get(key);
  if (fingerprint === undefined) fingerprints.set(key, (fingerprint = hashBuild(root, contentDir)));
  return fingerprint;
}

/** Fingerprints made in this process: the code does not change while it runs. */
const fingerprints = new Map<string, string>();

function hashBuild(root: string, contentDir: string): string {
  const hash = createHash('sha256');
  hash.update(`manifest ${PAGE_MANIFEST_VERSION}\nnode ${process.version}\n`);
  const files = [
    ...filesUnder(path.join(root, 'src')),
    path.join(root, 'astro.config.mjs'),
    path.join(root, 'scripts/lib/astroBuild.ts'),
    path.join(root, 'package-lock.json'),
    path.join(contentDir, 'site.yaml'),
  ];
  for (const file of files) {
    hash.update(`${path.relative(root, file)}\n`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('base64url');
}
