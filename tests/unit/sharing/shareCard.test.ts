import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CARD_FONT_STACK } from '#src/lib/sharing/cardFonts.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardTree,
  curlyQuotes,
  drawShareCard,
  keepLastWordsTogether,
  titleType,
  type ShareCard,
} from '#src/lib/sharing/shareCard.ts';
import { cachedShareCard, cardKey } from '#src/lib/sharing/shareCardCache.ts';

const card: ShareCard = {
  title: '70 cơ quan "đỡ đầu" 60 xã khó khăn: Chuyện giúp & được giúp',
  kicker: 'Bài 2/3 · Học và làm theo Bác để xây dựng cuộc sống tốt đẹp hơn',
  publisher: 'Báo Bắc Kạn',
  site: 'luutru.example.vn',
};

/** The width and height in a PNG's header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('cardTree', () => {
  test('lists every subset as its own font, so that satori finds Đ, ư and ờ', () => {
    const family = String(cardTree(card).props.style.fontFamily);
    expect(CARD_FONT_STACK).toEqual([
      'Be Vietnam Pro latin',
      'Be Vietnam Pro vietnamese',
      'Be Vietnam Pro latin-ext',
    ]);
    for (const name of CARD_FONT_STACK) expect(family).toContain(`"${name}"`);
  });

  test('prints the title with typographic quotes', () => {
    expect(JSON.stringify(cardTree(card))).toContain('70 cơ quan “đỡ đầu” 60 xã');
  });
});

describe('titleType', () => {
  test('sets short titles large and steps down for long ones', () => {
    const short = titleType('Na Rì', false);
    const long = titleType(`${card.title}, ${card.title}`, false);
    const huge = titleType('Những con đường mang tên đồng thuận '.repeat(6), false);
    expect(short).toEqual({ size: 84, lines: 3 });
    expect(titleType(card.title, false)).toEqual({ size: 84, lines: 3 });
    expect(long.size).toBeLessThan(84);
    expect(huge.size).toBe(48);
  });

  test('sets the title smaller when a subtitle takes part of its room', () => {
    expect(titleType(card.title, true).size).toBeLessThan(titleType(card.title, false).size);
  });
});

describe('curlyQuotes', () => {
  test('pairs straight double quotes as “ and ”', () => {
    expect(curlyQuotes('người chiến sĩ "áo xanh" và "áo trắng"')).toBe(
      'người chiến sĩ “áo xanh” và “áo trắng”',
    );
  });
});

describe('keepLastWordsTogether', () => {
  test('joins a short last word to the one before it', () => {
    expect(keepLastWordsTogether('hướng tới nông thôn mới nâng cao')).toBe(
      'hướng tới nông thôn mới nâng\u00a0cao',
    );
  });

  test('leaves a long last word, and a single word, as they are', () => {
    expect(keepLastWordsTogether('Đoàn thanh niên Trung tâm Y tế vì bệnh nhân nghèooooo')).toBe(
      'Đoàn thanh niên Trung tâm Y tế vì bệnh nhân nghèooooo',
    );
    expect(keepLastWordsTogether('Na')).toBe('Na');
  });
});

describe('drawShareCard', () => {
  test('draws a 1200x630 PNG', async () => {
    const png = await drawShareCard(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });
});

describe('cardKey', () => {
  test('is the same for the same words, however the card was built', () => {
    const reordered: ShareCard = {
      site: card.site,
      publisher: card.publisher,
      title: card.title,
      kicker: card.kicker,
    };
    expect(cardKey(reordered)).toBe(cardKey(card));
    expect(cardKey(card)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changes with any word of the card', () => {
    expect(cardKey({ ...card, kicker: 'Bài 2/4' })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, subtitle: '' })).not.toBe(cardKey({ ...card, subtitle: undefined }));
  });
});

describe('cachedShareCard', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'share-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('draws a card once and reads it from the cache afterwards', async () => {
    let drawn = 0;
    const draw = async (what: ShareCard) => {
      drawn++;
      return Buffer.from(`png of ${what.title}`);
    };
    const first = await cachedShareCard(card, dir, draw);
    const second = await cachedShareCard(card, dir, draw);
    expect(drawn).toBe(1);
    expect(second).toEqual(first);
    expect(readdirSync(dir)).toEqual([`${cardKey(card)}.png`]);

    await cachedShareCard({ ...card, title: 'Bài khác' }, dir, draw);
    expect(drawn).toBe(2);
  });
});
