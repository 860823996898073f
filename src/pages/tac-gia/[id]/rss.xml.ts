import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/feedResponse.ts';
import { feedRoutes, getArchive } from '../../../lib/getArchive.ts';
import type { Feed } from '../../../lib/feeds.ts';

export const getStaticPaths = () => feedRoutes('author');

export const GET: APIRoute<{ feed: Feed }> = async ({ props }) =>
  feedResponse(await getArchive(), props.feed);
