/**
 * What an article body may hold: Markdown and the registered components with quoted props.
 *
 * An MDX body is a JavaScript module: an `import`, an `export` or a `{ }` expression runs with
 * the build's rights where the site is built. Whoever can save an article must not be able to
 * run anything, so those are refused here, from the MDX syntax tree, before anything compiles
 * or evaluates the body; so are HTML tags (a `<script>`, a handler, an `<iframe>`), links that
 * run code, and pictures from elsewhere. The checker reports what this finds; the archive's
 * renderer (renderBody.ts) refuses the same things again, so nothing unchecked reaches a page.
 */
import { mdxToMdast } from 'satteri';
import { MDX_COMPONENTS } from './components.ts';
import { COMPONENT_LIST, isComment, isSafeLink, parseHint, shortCode } from './bodySafety.ts';
import { isLocalFile } from '../content/articleFiles.ts';
import { toolMessages, type ToolMessages } from '#src/i18n/vi.ts';

type Say = ToolMessages['body'];

export type BodyProblem = { line: number; message: string; hint: string };

/** A picture the body shows: a file next to the article, with its alt text. */
export type BodyImage = { src: string; alt: string; line: number };

type Node = {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
};

/** The problem of a body the MDX parser cannot read; the parser's reason stays in its own words. */
function parseProblem(error: unknown, firstLine: number, say: Say): BodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*?)(?: \(mdx[^)]*\))?$/s.exec(message.split('\n')[0]);
  // Positions inside the message count from the body; the line already says where.
  const reason = (match ? match[3] : message).replace(/ \(\d+:\d+\)/g, '');
  return {
    line: match ? firstLine + Number(match[1]) - 1 : firstLine,
    message: say.doesNotCompile(reason),
    hint: parseHint(reason, say),
  };
}

/** What is wrong with one node of the tree, if anything. */
function nodeProblem(node: Node, say: Say): Omit<BodyProblem, 'line'> | undefined {
  switch (node.type) {
    case 'mdxjsEsm': {
      const word = String(node.value).trimStart().startsWith('export') ? 'export' : 'import';
      return { message: say.code(word), hint: say.codeHint(COMPONENT_LIST) };
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(String(node.value))) return undefined;
      return {
        message: say.expression(shortCode(String(node.value).trim())),
        hint: say.expressionHint,
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblem(node, say);
    case 'link':
    case 'definition':
      return isSafeLink(node.url ?? '')
        ? undefined
        : { message: say.unsafeLink(node.url ?? ''), hint: say.unsafeLinkHint };
    case 'image':
      if (!isLocalFile(node.url ?? ''))
        return { message: say.remotePicture(node.url ?? ''), hint: say.remotePictureHint };
      if (!node.alt?.trim()) return { message: say.noAlt(node.url ?? ''), hint: say.noAltHint };
      return undefined;
    case 'imageReference':
      return { message: say.pictureReference, hint: say.pictureReferenceHint };
    default:
      return undefined;
  }
}

/** A tag that is not a registered component, or a prop that is not quoted text. */
function elementProblem(node: Node, say: Say): Omit<BodyProblem, 'line'> | undefined {
  const name = node.name ?? '';
  if (!Object.hasOwn(MDX_COMPONENTS, name)) {
    return /^[a-z]/.test(name) || name === ''
      ? { message: say.htmlTag(name), hint: say.htmlTagHint(COMPONENT_LIST) }
      : { message: say.unknownComponent(name), hint: say.useComponent(COMPONENT_LIST) };
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute')
      return {
        message: say.spreadProp(name, shortCode(String(attribute.value).trim())),
        hint: say.spreadPropHint,
      };
    if (attribute.value !== null && typeof attribute.value === 'object')
      return {
        message: say.expressionProp(name, attribute.name ?? ''),
        hint: say.quoteProp(attribute.name ?? ''),
      };
  }
  return undefined;
}

/**
 * Whether a body can hold nothing this module looks for: no brace, no tag, no link or picture
 * and no line that starts as code. Such a body (most of a large archive) is Markdown that cannot
 * fail to parse, and needs no syntax tree: at 10,000 articles building the trees was most of
 * `npm run check`.
 */
function isPlainText(body: string): boolean {
  return !/[{}<]|\]\(|\]:|\]\[|^[ \t]*(?:import|export)\b/m.test(body);
}

/**
 * Everything an article body may not hold (see the module comment), and the pictures it shows.
 * `firstLine` is the file line of the body's first line; `say` words the problems.
 */
export function inspectBody(
  body: string,
  firstLine: number,
  say: Say,
): { problems: BodyProblem[]; images: BodyImage[] } {
  if (isPlainText(body)) return { problems: [], images: [] };
  let tree: Node;
  try {
    tree = mdxToMdast(body, { position: true }) as unknown as Node;
  } catch (error) {
    return { problems: [parseProblem(error, firstLine, say)], images: [] };
  }
  const problems: BodyProblem[] = [];
  const images: BodyImage[] = [];
  const visit = (node: Node) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    const problem = nodeProblem(node, say);
    if (problem) problems.push({ line, ...problem });
    else if (node.type === 'image') images.push({ src: node.url!, alt: node.alt!, line });
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, images };
}

/** The local pictures a body shows, as written ("./anh-1.jpg"), each once. */
export function bodyImageSources(body: string): string[] {
  // Most bodies have no picture: skip the parse for them.
  if (!body.includes('](')) return [];
  // The problems are not read here: any language words them.
  return [...new Set(inspectBody(body, 1, toolMessages.body).images.map((image) => image.src))];
}
