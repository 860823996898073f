import type { APIRoute } from 'astro';
import { getArchive, keyedRoutes } from '#src/lib/content/currentArchive.ts';
import { sharesCoverOf } from '#src/lib/pictures/pictureFiles.ts';
import { shareCardRoutes } from '#src/lib/sharing/pageCard.ts';
import type { ShareCard } from '#src/lib/sharing/shareCard.ts';
import { cachedShareCard, SHARE_CARD_CACHE_DIR } from '#src/lib/sharing/shareCardCache.ts';

// Published pages only, and no card for an article that shares its own cover.
export const getStaticPaths = keyedRoutes(async () =>
  shareCardRoutes(await getArchive(), sharesCoverOf),
);

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedShareCard(props.card, SHARE_CARD_CACHE_DIR)), {
    headers: { 'Content-Type': 'image/png' },
  });
