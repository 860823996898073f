/**
 * What the checker would refuse in an article, found in the browser before it is published:
 * a body the site cannot draw (a component or card that does not exist, a tag left open, an
 * expression, a link that runs code) and a part number its series already has. The pipeline's
 * check still runs on everything; this tells the journalist first, in the same words.
 */
import { toolMessages } from '#src/i18n/vi.ts';
import type { BodyPreview } from './previewBody.ts';

/** The parts each series already has: series id -> part number -> the article holding it. */
export type PartsTaken = Record<string, Record<string, string>>;

/**
 * The problems of an article being edited, each "field: message": `body` is its body as the
 * preview drew it (previewBody); `entry` is its id under articles/ ("2021/mua-nuoc-bai-1"),
 * undefined for a new one.
 */
export function articleProblems(
  data: { series?: unknown; part?: unknown },
  body: BodyPreview,
  entry: string | undefined,
  parts: PartsTaken,
): string[] {
  const problems: string[] = [];
  if ('problem' in body) problems.push(`body: ${body.problem}`);
  const { series, part } = data;
  if (typeof series === 'string' && typeof part === 'number') {
    const holder = parts[series]?.[String(part)];
    if (holder !== undefined && holder !== entry)
      problems.push(
        `part: ${toolMessages.content.duplicatePart(part, series, `articles/${holder}.mdx`)}`,
      );
  }
  return problems;
}
