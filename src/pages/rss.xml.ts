import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feeds/rssResponse.ts';
import { getArchive, getArchiveFeed } from '../lib/content/currentArchive.ts';

export const GET: APIRoute = async () => {
  return feedResponse(await getArchive(), await getArchiveFeed());
};
