import type { APIRoute } from 'astro';
import { getArchive } from '../lib/content/currentArchive.ts';
import { getSitemapChunks } from '../lib/sharing/getSitemap.ts';
import { sitemapIndexXml } from '../lib/sharing/sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(sitemapIndexXml(await getSitemapChunks(), (await getArchive()).site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
