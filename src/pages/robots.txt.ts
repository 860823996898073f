import type { APIRoute } from 'astro';
import { getArchive } from '../lib/getArchive.ts';
import { absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = async () => {
  const { site } = await getArchive();
  return new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.url, '/sitemap-index.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
