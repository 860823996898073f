/** The previous build's files linked into a new build folder before Astro renders. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  cachedOutputs,
  readIncrementalManifest,
  removeUnmade,
  startPrelink,
} from '#src/integrations/prelinkOutputs.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'archive-prelink-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('cachedOutputs', () => {
  test("lists the files of Astro's record, decoded, and nothing outside the build folder", () => {
    const manifest = {
      routes: {
        'src/pages/bai-viet/[slug].astro': {
          paths: {
            '/bai-viet/a/': { outputFile: 'bai-viet/a/index.html' },
            '/bai-viet/%C4%91/': { outputFile: 'bai-viet/%C4%91/index.html' },
          },
        },
        'src/pages/rss.xml.ts': { paths: { '/rss.xml': { outputFile: 'rss.xml' } } },
        'src/pages/x.ts': { paths: { '/x': { outputFile: '../outside' }, '/y': {} } },
      },
    };
    expect(cachedOutputs(manifest).sort()).toEqual(
      ['bai-viet/a/index.html', path.join('bai-viet', 'đ', 'index.html'), 'rss.xml'].sort(),
    );
    expect(cachedOutputs(undefined)).toEqual([]);
    expect(readIncrementalManifest(dir)).toBeUndefined();
  });
});

describe('startPrelink and removeUnmade', () => {
  test('link the cached files, and remove those the build did not make unless written anew', async () => {
    const cache = path.join(dir, 'cache');
    const build = path.join(dir, 'build');
    write(path.join(cache, 'a/index.html'), 'a');
    write(path.join(cache, 'gone/deep/index.html'), 'gone');
    write(path.join(cache, 'rewritten/index.html'), 'old');
    const files = ['a/index.html', 'gone/deep/index.html', 'rewritten/index.html', 'missing.xml'];
    const linked = await startPrelink(files, cache, build).done;
    // A hard link: the same file as the cache's, not a copy; a file with no copy is skipped.
    expect(statSync(path.join(build, 'a/index.html')).ino).toBe(
      statSync(path.join(cache, 'a/index.html')).ino,
    );
    expect([...linked.keys()].sort()).toEqual(files.slice(0, 3).sort());
    // The build wrote "rewritten" as a new file (as astroBuild.ts writes), and made only "a".
    rmSync(path.join(build, 'rewritten/index.html'));
    write(path.join(build, 'rewritten/index.html'), 'new');
    expect(removeUnmade(linked, new Set(['a/index.html']), build)).toBe(1);
    expect(existsSync(path.join(build, 'gone'))).toBe(false);
    expect(readFileSync(path.join(build, 'rewritten/index.html'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(build, 'a/index.html'), 'utf8')).toBe('a');
    // The cache's copies are untouched.
    expect(readFileSync(path.join(cache, 'rewritten/index.html'), 'utf8')).toBe('old');
    expect(existsSync(path.join(cache, 'gone/deep/index.html'))).toBe(true);
  });
});
