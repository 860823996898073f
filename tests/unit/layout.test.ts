/**
 * The layout the README describes, kept: src/lib by domain, its code independent of Astro's
 * integrations, the environment read in one module, and distant files imported by alias.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The source files under `dir` (relative to the project), recursively. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Every module `file` imports, as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('the layout', () => {
  test('src/lib holds at most a dozen files at its top level, the rest in domain folders', () => {
    const top = readdirSync(path.join(root, 'src/lib'), { withFileTypes: true });
    expect(top.filter((entry) => entry.isFile()).length).toBeLessThanOrEqual(12);
    expect(top.filter((entry) => entry.isDirectory()).length).toBeGreaterThan(5);
  });

  test('src/lib imports nothing from src/integrations', () => {
    const crossing = sources('src/lib').flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const target = spec.startsWith('#src/')
            ? path.join('src', spec.slice(5))
            : path.join(path.dirname(file), spec);
          return path.normalize(target).startsWith(`src${path.sep}integrations`);
        })
        .map((spec) => `${file}: ${spec}`),
    );
    expect(crossing).toEqual([]);
  });

  test('src/lib reads the environment in shared/environment.ts only', () => {
    const readers = sources('src/lib').filter(
      (file) =>
        file !== path.join('src/lib/shared/environment.ts') &&
        readFileSync(path.join(root, file), 'utf8').includes('process.env'),
    );
    expect(readers).toEqual([]);
  });

  test('no import climbs two folders or more to src/ or scripts/: those go by #src/ or #scripts/', () => {
    const climbing = ['src', 'scripts', 'tests'].flatMap((dir) =>
      sources(dir).flatMap((file) =>
        importsOf(file)
          .filter((spec) => {
            if (!spec.startsWith('../../')) return false;
            const target = path.normalize(path.join(path.dirname(file), spec));
            return target.startsWith(`src${path.sep}`) || target.startsWith(`scripts${path.sep}`);
          })
          .map((spec) => `${file}: ${spec}`),
      ),
    );
    expect(climbing).toEqual([]);
  });
});
