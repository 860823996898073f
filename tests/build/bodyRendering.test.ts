/**
 * The archive's own body renderer (src/lib/articleBody.ts) against Astro's MDX pipeline: the
 * sample built both ways must give the same article pages and the same feed items.
 */
import { XMLParser } from 'fast-xml-parser';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { isPlainBody } from '../../src/lib/articleBody.ts';
import { readSourceFile } from '../../src/lib/contentFiles.ts';
import { builtSite } from './dist.ts';

/** A node as the browser sees it: entities decoded, attributes sorted, comments dropped. */
function canonical(node: Node): string {
  if (node instanceof TextNode) return node.text;
  if (!(node instanceof HTMLElement)) return '';
  const inner = node.childNodes.map(canonical).join('');
  if (!node.tagName) return inner;
  const attributes = Object.entries(node.attributes)
    .filter(([name]) => !name.startsWith('data-astro'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ` ${name}=${JSON.stringify(value)}`)
    .join('');
  const tag = node.tagName.toLowerCase();
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

const own = builtSite('sample');
const throughMdx = builtSite('sampleThroughMdx');
const articlePages = own.pages.filter((page) => /^\/bai-viet\/[^/]+\/$/.test(page.path));

describe('article bodies rendered by the archive and by Astro’s MDX pipeline', () => {
  test('the sample’s bodies are rendered by the archive, components included', () => {
    const bodies = own.content.articles.map((article) => readSourceFile(article.file).body ?? '');
    expect(bodies.filter(isPlainBody)).toHaveLength(bodies.length);
    expect(bodies.some((body) => /<[A-Z]/.test(body))).toBe(true);
  });

  test.each(articlePages.map((page) => page.path))('%s: the same page', (sitePath) => {
    const mine = own.page(sitePath)!.root.querySelector('main')!;
    const theirs = throughMdx.page(sitePath)?.root.querySelector('main');
    expect(theirs, `${sitePath} is missing from the MDX build`).toBeTruthy();
    expect(canonical(mine)).toBe(canonical(theirs!));
  });

  test('the same feed items', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'item' });
    const items = (outDir: string, texts: Map<string, string>) =>
      (
        parser.parse(texts.get(`${outDir}/rss.xml`)!).rss.channel.item as {
          link: string;
          'content:encoded': string;
        }[]
      ).map((item) => [item.link, canonical(parse(item['content:encoded']))]);
    const mine = items(own.outDir, own.texts);
    expect(mine.length).toBeGreaterThan(10);
    expect(mine).toEqual(items(throughMdx.outDir, throughMdx.texts));
  });
});
