/**
 * An article's body as HTML for feeds: what its page's rendering left for a plain body (or a
 * rendering of its own), Astro's container API for a body that needs the MDX pipeline.
 */
import { getContainerRenderer as getMdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getEntry, render } from 'astro:content';
import { toFeedHtml } from './feedHtml.ts';
import { mdxComponents } from '../components/mdx/index.ts';
import { getPlainBody, takeFeedHtml } from './getArchive.ts';
import { readArticleBody } from './contentFiles.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

async function renderBody(id: string, pageUrl: string): Promise<string> {
  const fromPage = takeFeedHtml(id);
  if (fromPage !== undefined) return fromPage;
  const entry = await getEntry('articles', id);
  if (!entry) throw new Error(`article "${id}" is not in the content collection`);
  const plain = await getPlainBody(id, readArticleBody(entry.filePath!));
  if (plain) {
    takeFeedHtml(id); // rendered here, for this feed: nothing to leave for later
    return plain.feedHtml;
  }
  const { Content } = await render(entry);
  container ??= loadRenderers([getMdxRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  const html = await (
    await container
  ).renderToString(Content, { props: { components: mdxComponents } });
  return toFeedHtml(html, pageUrl);
}

/** The feed-ready HTML of an article; every feed that holds it shares one rendering. */
export function articleHtml(id: string, pageUrl: string): Promise<string> {
  let html = rendered.get(id);
  if (!html) {
    html = renderBody(id, pageUrl);
    rendered.set(id, html);
  }
  return html;
}
