import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { drawShareCard, type ShareCard } from '#src/lib/sharing/shareCard.ts';
import { drawShareCardInWorker } from '#src/lib/sharing/cardWorkers.ts';

const card = (n: number): ShareCard => ({
  title: `Quỹ tiết kiệm thôn Nà Pài, bài ${n}`,
  kicker: 'Địa phương',
  publisher: 'Báo Bắc Kạn',
  site: 'luutru.example.vn',
});

describe('drawShareCardInWorker', () => {
  test('draws in a worker the same PNG, byte for byte, as drawing in the process', async () => {
    const [inWorker, here] = await Promise.all([
      drawShareCardInWorker(card(1)),
      drawShareCard(card(1)),
    ]);
    expect(Buffer.isBuffer(inWorker)).toBe(true);
    expect(inWorker.subarray(1, 4).toString()).toBe('PNG');
    expect(inWorker.equals(here)).toBe(true);
  });

  test('gives every card its own PNG when more are asked than there are workers', async () => {
    const count = availableParallelism() * 2 + 1;
    const drawn = await Promise.all(
      Array.from({ length: count }, (_, n) => drawShareCardInWorker(card(n))),
    );
    const expected = await Promise.all([0, count - 1].map((n) => drawShareCard(card(n))));
    expect(new Set(drawn.map((png) => png.toString('base64'))).size).toBe(count);
    expect(drawn[0].equals(expected[0])).toBe(true);
    expect(drawn[count - 1].equals(expected[1])).toBe(true);
  });
});
