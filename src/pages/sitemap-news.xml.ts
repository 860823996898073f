import type { APIRoute } from 'astro';
import { getArchive } from '../lib/content/currentArchive.ts';
import { coverUrls } from '../lib/sharing/getSitemap.ts';
import { newsArticles, newsSitemap } from '../lib/sharing/newsSitemap.ts';

export const GET: APIRoute = async () => {
  const { articles, site, now } = await getArchive();
  const covers = await coverUrls(newsArticles(articles, now));
  return new Response(
    newsSitemap(articles, site, now, (article) => covers.get(article.id)),
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
};
