import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { COVER_CREDIT, SCENES, sceneSvg, seedOf } from '#scripts/lib/sampleCovers/scenes.ts';
import { loadContent } from '#src/lib/content/loadContent.ts';

describe('sceneSvg', () => {
  test('draws every scene as well-formed SVG, the same on every run', () => {
    for (const scene of SCENES) {
      const svg = sceneSvg(scene);
      expect(XMLValidator.validate(svg), scene.slug).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined/);
      expect(sceneSvg(scene)).toBe(svg);
    }
  });

  test('gives each slug its own seed', () => {
    expect(new Set(SCENES.map((scene) => seedOf(scene.slug))).size).toBe(SCENES.length);
  });
});

describe('the sample covers', () => {
  const { content } = loadContent('content', process.cwd(), { checkBodies: false });
  const articles = content!.articles;

  test('every series part and at least half of the other articles have a cover', () => {
    const parts = articles.filter((article) => article.data.series);
    const others = articles.filter((article) => !article.data.series);
    expect(parts.filter((article) => !article.data.cover).map((article) => article.id)).toEqual([]);
    expect(others.filter((article) => article.data.cover).length * 2).toBeGreaterThanOrEqual(
      others.length,
    );
  });

  test('every drawn cover is in its article, marked as a machine-drawn illustration', () => {
    for (const scene of SCENES) {
      const article = articles.find((entry) => entry.id === scene.slug);
      expect(article?.data.cover, scene.slug).toEqual({
        src: `./${scene.slug}.jpg`,
        alt: scene.alt,
        credit: COVER_CREDIT,
      });
    }
  });
});
