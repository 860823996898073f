/** Reading a built site: its pages parsed as HTML, its files, and the content it was built from. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadContent } from '#src/lib/content/loadContent.ts';
import type { Content } from '#src/lib/content/validateContent.ts';
import { parseArchiveDate } from '#src/lib/shared/dates.ts';
import { BUILD_NOW, SITES, type SiteName } from './sites.ts';

export type BuiltPage = { path: string; file: string; html: string; root: HTMLElement };

export type BuiltSite = {
  outDir: string;
  content: Content;
  pages: BuiltPage[];
  /** Redirects left by renamed articles: old path -> target. */
  redirects: Map<string, string>;
  page(sitePath: string): BuiltPage | undefined;
  /** Every file of the build (HTML, XML, CSS, ...) as text, by path. */
  texts: Map<string, string>;
  now: Date;
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const cache = new Map<SiteName, BuiltSite>();

/** The built site `name`, read once per test file. */
export function builtSite(name: SiteName): BuiltSite {
  const cached = cache.get(name);
  if (cached) return cached;
  const { outDir, content: contentDir } = SITES[name];
  const { content } = loadContent(contentDir);
  if (!content) throw new Error(`content of ${name} does not validate`);
  // The browser editor (admin/) is Decap's, not one of the archive's pages or files.
  const editor = path.join(outDir, 'admin') + path.sep;
  const files = walk(outDir).filter((file) => !file.startsWith(editor));
  const texts = new Map<string, string>();
  for (const file of files) {
    if (/\.(html|xml|txt|css|js|json|xsl|opml)$/.test(file))
      texts.set(file, readFileSync(file, 'utf8'));
  }
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = texts.get(file)!;
      const sitePath = '/' + path.relative(outDir, file).replace(/index\.html$/, '');
      return { path: sitePath, file, html, root: parse(html) };
    });
  // Astro's redirect pages are not pages of the archive: keep them apart.
  const redirects = new Map<string, string>();
  for (const page of [...pages]) {
    const refresh = page.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    if (!refresh) continue;
    redirects.set(page.path, refresh.replace(/^0;url=/, ''));
    pages.splice(pages.indexOf(page), 1);
  }
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const now = parseArchiveDate(BUILD_NOW, content.site.timezone) as Date;
  const site = {
    outDir,
    content,
    pages,
    redirects,
    page: (p: string) => byPath.get(p),
    texts,
    now,
  };
  cache.set(name, site);
  return site;
}

/** The file in dist/ that a site path is served from, or undefined. */
export function fileFor(outDir: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]);
  const candidates = clean.endsWith('/')
    ? [path.join(outDir, clean, 'index.html')]
    : [path.join(outDir, clean), path.join(outDir, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The article paths linked from an element, in document order, without duplicates. */
export function articleLinks(element: HTMLElement | null | undefined): string[] {
  if (!element) return [];
  const hrefs = element
    .querySelectorAll('a[href^="/bai-viet/"]')
    .map((a) => a.getAttribute('href')!);
  return [...new Set(hrefs)];
}

/**
 * The pages of a paginated listing, newest first: the listing itself, then every "trang/N" from
 * the highest down to 1 (src/lib/reading/paginate.ts).
 */
export function listingPages(site: BuiltSite, base: string): BuiltPage[] {
  const numbered: BuiltPage[] = [];
  for (let n = 1; ; n++) {
    const page = site.page(`${base}trang/${n}/`);
    if (!page) return [site.page(base)!, ...numbered.reverse()];
    numbered.push(page);
  }
}

/**
 * The entries of `folder` whose names start with `prefix` (what builds leave beside their
 * output), once the previous build's deletion, which runs in the background after a build, has
 * had up to ten seconds to finish.
 */
export async function leftBeside(folder: string, prefix: string): Promise<string[]> {
  const beside = () => readdirSync(folder).filter((name) => name.startsWith(prefix));
  for (let waited = 0; beside().length && waited < 10_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return beside();
}
