/**
 * The picture a shared link shows when a page has no photo of its own: a 1200x630 PNG card
 * with the title, a kicker ("Bài 2/3 · <series>"), and the newspaper's name, in the site's
 * colours. Satori lays the card out as SVG (text as paths), resvg paints it and sharp encodes
 * the PNG; both of these run on libuv's threads, so that with the build's page concurrency
 * (astro.config.mjs) a 50,000-article build draws its cards on every core (BENCHMARKS.md).
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_FONT_STACK, loadCardFonts } from './cardFonts.ts';

/** What a card says. Everything here goes into its cache key. */
export type ShareCard = {
  /** The headline or name, in large type. */
  title: string;
  /** The line above the title: "Bài 2/3 · <series title>", "Địa phương", ... */
  kicker?: string;
  /** A line under the title in smaller type: a person's role, the archive's description. */
  subtitle?: string;
  /** The newspaper's name, at the foot of the card. */
  publisher: string;
  /** The site's host name, at the foot's other end ("luutru.example.vn"). */
  site?: string;
};

/** The card's size: 1.91:1, what Facebook, Zalo and X show in full. */
export const CARD_WIDTH = 1200;
/** The card's height. */
export const CARD_HEIGHT = 630;

/** The light theme of src/styles/global.css: link previews are shown on white far more often. */
export const CARD_COLOURS = {
  paper: '#fdfcf8',
  ink: '#1c1b19',
  muted: '#57534e',
  rule: '#d8d3c7',
  accent: '#9b1c1c',
} as const;

/** A node of the tree satori lays out (the shape React elements have, without React). */
export type CardNode = {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
};

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']) => ({
  type: 'div' as const,
  props: { style, children },
});

/** The width the text may take: the card less its accent stripe and side padding. */
const STRIPE = 18;
const TEXT_WIDTH = CARD_WIDTH - STRIPE - 72 - 80;
/** Bold Be Vietnam Pro averages 0.53em a character in Vietnamese headlines (measured); wrapping at word ends wastes some more. */
const AVERAGE_ADVANCE = 0.58;
const TITLE_LINE_HEIGHT = 1.3;
const TITLE_SIZES = [84, 76, 68, 60, 54, 48];

/**
 * The title's size and how many lines it may take: the largest size at which the whole title
 * is expected to fit in the height left by the kicker, the subtitle and the foot.
 */
export function titleType(title: string, hasSubtitle: boolean): { size: number; lines: number } {
  const height = hasSubtitle ? 250 : 350;
  const length = [...title].length;
  const fits = (size: number) => {
    const perLine = Math.floor(TEXT_WIDTH / (size * AVERAGE_ADVANCE));
    return {
      size,
      lines: Math.floor(height / (size * TITLE_LINE_HEIGHT)),
      needed: Math.ceil(length / perLine),
    };
  };
  const chosen = TITLE_SIZES.map(fits).find((type) => type.needed <= type.lines) ?? fits(48);
  return { size: chosen.size, lines: chosen.lines };
}

/** Straight double quotes as typographic ones (“ ”), as the newspaper prints them. */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}

/**
 * The last two words joined by a no-break space, so that a short word never stands alone on the
 * last line ("... nâng / cao"). satori's `textWrap: balance` does this job but, with a line clamp,
 * cut titles to a third of the width (satori 0.63).
 */
export function keepLastWordsTogether(text: string): string {
  const match = /^(.*\S) (\S+ ?)$/su.exec(text);
  if (!match || [...match[2]].length > 8) return text;
  return `${match[1]}\u00a0${match[2]}`;
}

/** The card as a satori tree (pure: what drawShareCard draws). */
export function cardTree(card: ShareCard): CardNode {
  const { size, lines } = titleType(card.title, Boolean(card.subtitle));
  const clamp = (count: number) => ({ display: 'block', lineClamp: count, overflow: 'hidden' });
  const body: CardNode[] = [];
  if (card.kicker) {
    body.push(
      div(
        { ...clamp(1), fontSize: 30, fontWeight: 700, lineHeight: 1.5, color: CARD_COLOURS.accent },
        card.kicker,
      ),
    );
  }
  // A line height of 1.3 leaves room for stacked marks (Ệ, Ặ) above a full capital.
  body.push(
    div(
      {
        ...clamp(lines),
        fontSize: size,
        fontWeight: 700,
        lineHeight: TITLE_LINE_HEIGHT,
        marginTop: 18,
      },
      keepLastWordsTogether(curlyQuotes(card.title)),
    ),
  );
  if (card.subtitle) {
    body.push(
      div(
        {
          ...clamp(2),
          fontSize: 30,
          fontWeight: 400,
          lineHeight: 1.4,
          marginTop: 20,
          color: CARD_COLOURS.muted,
        },
        card.subtitle,
      ),
    );
  }
  const foot = div(
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      borderTop: `2px solid ${CARD_COLOURS.rule}`,
      paddingTop: 24,
      fontSize: 30,
    },
    [
      div({ display: 'flex', alignItems: 'center', fontWeight: 700 }, [
        div({ width: 22, height: 22, backgroundColor: CARD_COLOURS.accent, marginRight: 16 }),
        card.publisher,
      ]),
      div({ fontWeight: 400, color: CARD_COLOURS.muted }, card.site ?? ''),
    ],
  );
  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      backgroundColor: CARD_COLOURS.paper,
      color: CARD_COLOURS.ink,
      fontFamily: CARD_FONT_STACK.map((name) => `"${name}"`).join(', '),
    },
    [
      div({
        width: STRIPE,
        height: CARD_HEIGHT,
        flexShrink: 0,
        backgroundColor: CARD_COLOURS.accent,
      }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          // A fixed width: a long word must not squeeze the stripe, as a flex item would let it.
          width: CARD_WIDTH - STRIPE,
          padding: '64px 80px 48px 72px',
        },
        [div({ display: 'flex', flexDirection: 'column' }, body), foot],
      ),
    ],
  );
}

/** Draws a card: a 1200x630 PNG. */
export async function drawShareCard(card: ShareCard): Promise<Buffer> {
  // satori's types name React's ReactNode; the plain object tree is what it reads.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadCardFonts(),
  });
  const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
  // The card is opaque: its PNG carries no alpha channel.
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png()
    .toBuffer();
}
