/**
 * Pagefind's browser API run in Node over a built index: the bundle is imported as a data:
 * URL (Node would read pagefind.js as CommonJS), fetch reads the bundle's files from disk, and
 * with no Worker in Node, Pagefind searches on the main thread. Each instance gets its own base
 * path, so that several indexes can be open at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PagefindApi } from '#src/lib/search/searchQuery.ts';
import { SEARCH_FACETS_FILE, type SearchFacets } from '#src/lib/search/searchFacets.ts';

type PagefindModule = {
  createInstance(options: { basePath: string }): PagefindApi & { destroy(): Promise<void> };
};

const bundles = new Map<string, string>();

function installShims(): void {
  const globals = globalThis as Record<string, unknown>;
  globals.document ??= { currentScript: null };
  if (globals.__pagefindFetch) return;
  const realFetch = globalThis.fetch;
  globals.__pagefindFetch = true;
  globals.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' || input instanceof URL ? String(input) : input.url,
      'http://localhost/',
    );
    const prefix = [...bundles.keys()].find((base) => url.pathname.startsWith(base));
    if (!prefix) return realFetch(input, init);
    const file = path.join(
      bundles.get(prefix)!,
      decodeURIComponent(url.pathname.slice(prefix.length)),
    );
    const type = file.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
    return new Response(readFileSync(file), { headers: { 'Content-Type': type } });
  };
}

/** A Pagefind instance reading `outDir/pagefind` (or another of its bundles, `folder`). */
export async function loadPagefind(outDir: string, folder = 'pagefind') {
  installShims();
  const bundle = path.join(outDir, folder);
  const basePath = `/pagefind-${bundles.size}/`;
  bundles.set(basePath, bundle);
  // A comment makes each import a module of its own: the bundle keeps its WebAssembly state per module.
  const source = `${readFileSync(path.join(bundle, 'pagefind.js'), 'utf8')}\n// ${basePath}`;
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  )) as PagefindModule;
  return module.createInstance({ basePath });
}

/** The filter table the build wrote beside the index in `outDir/pagefind`. */
export function readSearchFacets(outDir: string): SearchFacets {
  return JSON.parse(
    readFileSync(path.join(outDir, 'pagefind', SEARCH_FACETS_FILE), 'utf8'),
  ) as SearchFacets;
}
