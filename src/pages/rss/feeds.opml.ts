import type { APIRoute } from 'astro';
import { t } from '#src/i18n/vi.ts';
import { getArchive, getFeeds } from '#src/lib/content/currentArchive.ts';
import { feedsOpml } from '#src/lib/feeds/opml.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const body = feedsOpml(
    archive.site.name,
    archive.site.url,
    await getFeeds(),
    t.feeds.groups,
    archive.now,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
