import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feedResponse.ts';
import { getArchive, getFeeds } from '../lib/getArchive.ts';

export const GET: APIRoute = async () => {
  const [archiveFeed] = await getFeeds();
  return feedResponse(await getArchive(), archiveFeed);
};
