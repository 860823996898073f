/**
 * The sample's recordings, as a reader meets them: the player on the page of every narrated part,
 * with the duration that the file really has (read by ffprobe, which CI installs with ffmpeg),
 * the file published next to the page, and the feed's enclosure of its size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { formatDuration } from '#src/lib/shared/dates.ts';
import { isPublished } from '#src/lib/content/publication.ts';
import { t } from '#src/i18n/vi.ts';
import { builtSite } from './dist.ts';

/** The length of an audio file in seconds, as ffprobe reads it. */
function probedSeconds(file: string): number {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file],
    { encoding: 'utf8' },
  );
  return Number(out.trim());
}

describe('the recordings of the sample', () => {
  const site = builtSite('sample');
  const narrated = site.content.articles.filter(
    (article) => article.data.audio && isPublished(article, site.now),
  );

  test('are on the three parts of "Học và làm theo Bác", each under 1 MB', () => {
    const series = narrated.filter((article) => article.data.series === 'hoc-va-lam-theo-bac');
    expect(series.map((article) => article.data.part).sort()).toEqual([1, 2, 3]);
    for (const article of narrated) {
      const file = path.resolve(path.dirname(article.file), article.data.audio!.src);
      expect(statSync(file).size, article.id).toBeLessThan(1_000_000);
    }
  });

  test('play on their pages with the duration the file has, the file published beside it', () => {
    for (const article of narrated) {
      const audio = article.data.audio!;
      const source = path.resolve(path.dirname(article.file), audio.src);
      expect(Math.abs(probedSeconds(source) - audio.duration), article.id).toBeLessThan(1);
      const page = site.page(`/bai-viet/${article.id}/`)!;
      const player = page.root.querySelector('audio[controls]')!;
      const src = player.getAttribute('src')!;
      expect(existsSync(path.join(site.outDir, src)), src).toBe(true);
      expect(statSync(path.join(site.outDir, src)).size).toBe(statSync(source).size);
      expect(player.parentNode!.querySelector('figcaption')!.text).toContain(
        t.article.duration(formatDuration(audio.duration)),
      );
    }
  });

  test('are enclosed in the feed with their size in bytes', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const items: { link: string; enclosure?: { '@url': string; '@length': string } }[] = [
      parser.parse(site.texts.get(path.join(site.outDir, 'chuyen-de/hoc-va-lam-theo-bac/rss.xml'))!)
        .rss.channel.item,
    ].flat();
    for (const article of narrated.filter((a) => a.data.series === 'hoc-va-lam-theo-bac')) {
      const item = items.find((i) => i.link.endsWith(`/bai-viet/${article.id}/`))!;
      const source = path.resolve(path.dirname(article.file), article.data.audio!.src);
      expect(Number(item.enclosure!['@length'])).toBe(statSync(source).size);
      expect(item.enclosure!['@url']).toMatch(/\.mp3$/);
    }
  });
});
