import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/getArchive.ts';
import { sharesCoverOf } from '../../lib/getPictures.ts';
import { shareCardRoutes } from '../../lib/sharing/pageCard.ts';
import type { ShareCard } from '../../lib/sharing/shareCard.ts';
import { cachedShareCard, SHARE_CARD_CACHE_DIR } from '../../lib/sharing/shareCardCache.ts';

// Published pages only, and no card for an article that shares its own cover.
export const getStaticPaths = async () => shareCardRoutes(await getArchive(), sharesCoverOf);

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedShareCard(props.card, SHARE_CARD_CACHE_DIR)), {
    headers: { 'Content-Type': 'image/png' },
  });
