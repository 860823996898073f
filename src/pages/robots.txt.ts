import type { APIRoute } from 'astro';
import { getArchive } from '../lib/content/currentArchive.ts';
import { absoluteUrl, newsSitemapPath, sitemapIndexPath } from '../lib/shared/paths.ts';

export const GET: APIRoute = async () => {
  const { site } = await getArchive();
  const sitemaps = [sitemapIndexPath(), newsSitemapPath()].map(
    (path) => `Sitemap: ${absoluteUrl(site.url, path)}`,
  );
  return new Response(`User-agent: *\nAllow: /\n\n${sitemaps.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
