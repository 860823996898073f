/** Sizes of a built site: pages, bytes, the median article page and what it loads. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** A file of the built site: its path relative to the site's folder, and its size. */
export type SiteFile = { path: string; bytes: number };

/** What the median article page weighs and loads. */
export type ArticlePage = {
  path: string;
  rawBytes: number;
  gzipBytes: number;
  /** External stylesheets (`<link rel="stylesheet">`), gzipped. */
  cssGzipBytes: number;
  /** External and inline scripts (JSON data blocks left out), gzipped. */
  jsGzipBytes: number;
  assets: string[];
};

/** The figures of one built site. */
export type DistFigures = {
  files: number;
  bytes: number;
  htmlPages: number;
  articlePages: number;
  medianArticle: ArticlePage | undefined;
  /** The Pagefind index (dist/pagefind), or undefined when the build made none. */
  searchIndex: { files: number; bytes: number } | undefined;
};

/** The size of `data` gzipped at the default level (6), as most web servers send it. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

/** The median of `values` (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The item in the (lower) middle when sorted by `size`: a real page of median size. */
export function medianItem<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => size(a) - size(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Every file under `dir`, with paths relative to it (forward slashes). */
export function listFiles(dir: string): SiteFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => ({ name, full: path.join(dir, name) }))
    .filter(({ full }) => statSync(full).isFile())
    .map(({ name, full }) => ({
      path: name.split(path.sep).join('/'),
      bytes: statSync(full).size,
    }));
}

/** The stylesheets, script files and inline scripts an HTML page loads. */
export function pageAssets(html: string): {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
} {
  const root = parse(html);
  const stylesheets = root
    .querySelectorAll('link')
    .filter((link) => (link.getAttribute('rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((link) => link.getAttribute('href') ?? '')
    .filter(Boolean);
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) scripts.push(src);
    else if (!/json/i.test(script.getAttribute('type') ?? '')) inlineScripts.push(script.rawText);
  }
  return { stylesheets, scripts, inlineScripts };
}

/** The file in `dir` that `href` on the page at `pagePath` points to; undefined for other hosts. */
export function assetFile(dir: string, pagePath: string, href: string): string | undefined {
  const url = new URL(href, `http://site.invalid/${pagePath}`);
  if (url.host !== 'site.invalid') return undefined;
  return path.join(dir, decodeURIComponent(url.pathname));
}

/** Gzipped bytes of the files `hrefs` point to; a missing file counts as 0 and is reported. */
function assetsGzipBytes(dir: string, pagePath: string, hrefs: string[]): number {
  let total = 0;
  for (const href of hrefs) {
    const file = assetFile(dir, pagePath, href);
    if (file && existsSync(file)) total += gzipSize(readFileSync(file));
    else console.error(`bench: ${pagePath} loads ${href}, which is not in ${dir}`);
  }
  return total;
}

/** Weighs the median article page and what it loads. */
function weighArticle(dir: string, page: SiteFile): ArticlePage {
  const html = readFileSync(path.join(dir, page.path));
  const { stylesheets, scripts, inlineScripts } = pageAssets(html.toString('utf8'));
  const inlineJs = inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0);
  return {
    path: page.path,
    rawBytes: page.bytes,
    gzipBytes: gzipSize(html),
    cssGzipBytes: assetsGzipBytes(dir, page.path, stylesheets),
    jsGzipBytes: assetsGzipBytes(dir, page.path, scripts) + inlineJs,
    assets: [...stylesheets, ...scripts],
  };
}

/** Measures the site built in `dir`; article pages are the HTML pages under `articlePrefix`. */
export function measureDist(dir: string, articlePrefix: string): DistFigures {
  const files = listFiles(dir);
  const html = files.filter((file) => file.path.endsWith('.html'));
  const articles = html.filter((file) => file.path.startsWith(articlePrefix));
  const median = medianItem(articles, (file) => file.bytes);
  const index = files.filter((file) => file.path.startsWith('pagefind/'));
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    htmlPages: html.length,
    articlePages: articles.length,
    medianArticle: median && weighArticle(dir, median),
    searchIndex: index.length
      ? { files: index.length, bytes: index.reduce((s, f) => s + f.bytes, 0) }
      : undefined,
  };
}
