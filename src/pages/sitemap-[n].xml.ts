import type { APIRoute } from 'astro';
import { getArchive, keyedRoutes } from '../lib/content/currentArchive.ts';
import { getSitemapChunks } from '../lib/sharing/getSitemap.ts';
import { sitemapXml, type SitemapEntry } from '../lib/sharing/sitemap.ts';

export const getStaticPaths = keyedRoutes(async () =>
  (await getSitemapChunks()).map((entries, n) => ({
    params: { n: String(n) },
    props: { entries },
  })),
);

export const GET: APIRoute<{ entries: SitemapEntry[] }> = async ({ props }) =>
  new Response(sitemapXml(props.entries, (await getArchive()).site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
