import type { APIRoute } from 'astro';
import { feedResponse } from '#src/lib/feeds/rssResponse.ts';
import { feedRoutes, getArchive } from '#src/lib/content/currentArchive.ts';
import type { Feed } from '#src/lib/feeds/feeds.ts';

export const getStaticPaths = () => feedRoutes('model');

export const GET: APIRoute<{ feed: Feed }> = async ({ props }) =>
  feedResponse(await getArchive(), props.feed);
