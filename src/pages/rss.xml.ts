import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feeds/rssResponse.ts';
import { getArchive, getFeeds } from '../lib/content/currentArchive.ts';

export const GET: APIRoute = async () => {
  const [archiveFeed] = await getFeeds();
  return feedResponse(await getArchive(), archiveFeed);
};
