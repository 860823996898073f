import type { APIRoute } from 'astro';
import { t } from '#src/i18n/vi.ts';
import { feedStylesheet } from '#src/lib/feeds/feedStylesheet.ts';

export const GET: APIRoute = () =>
  new Response(
    feedStylesheet({
      intro: t.feeds.stylesheetIntro,
      how: t.feeds.stylesheetHow,
      latest: t.feeds.stylesheetLatest,
      visit: t.feeds.stylesheetVisit,
    }),
    { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } },
  );
