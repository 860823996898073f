/** What a narration reads aloud: the title, the lead and the body's text, without markup. */

/** Components that show something to look at (a card, a picture) and have nothing to say aloud. */
const SILENT_COMPONENTS = ['ModelCard', 'PersonCard', 'Figure'];

// A component's attributes: quoted values may hold ">", so they are matched whole.
const ATTRIBUTES = String.raw`((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*`;
const PROP = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;

/** The text a narration speaks, one block (a sentence or more) per paragraph, heading or list item. */
export function spokenText(article: { title: string; description: string }, body: string): string {
  return [article.title, article.description, ...spokenBlocks(body)]
    .map(asSentence)
    .filter((block) => block !== '')
    .join('\n\n');
}

/** The blocks of an MDX body as plain text: paragraphs, headings, list items, quotations. */
export function spokenBlocks(body: string): string[] {
  const text = speakComponents(stripCode(body.normalize('NFC').replace(/\r\n?/g, '\n')));
  return text
    .split(/\n[ \t]*\n/)
    .flatMap(blockLines)
    .map(inlineText)
    .filter(Boolean);
}

/** Drops code, ESM lines and comments, none of which is prose. */
function stripCode(body: string): string {
  return body
    .replace(/^[ \t]*(```|~~~)[\s\S]*?^[ \t]*\1[^\n]*$/gm, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

/** The props of a component's opening tag that have literal values. */
function propsOf(attributes: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [, name, double, single] of attributes.matchAll(PROP)) props[name] = double ?? single;
  return props;
}

/**
 * Components become the text a listener needs: a pull quote its words and who said them, a fact
 * box or timeline its title and items; cards and figures are dropped, other tags leave their text.
 */
function speakComponents(body: string): string {
  const silent = SILENT_COMPONENTS.join('|');
  return body
    .replace(new RegExp(`<(${silent})${ATTRIBUTES}/>`, 'g'), '\n\n')
    .replace(new RegExp(`<(${silent})${ATTRIBUTES}>[\\s\\S]*?</\\1\\s*>`, 'g'), '\n\n')
    .replace(
      new RegExp(`<PullQuote${ATTRIBUTES}>([\\s\\S]*?)</PullQuote\\s*>`, 'g'),
      (_, attributes: string, words: string) => {
        const { author, role } = propsOf(attributes);
        const said = [author, role].filter(Boolean).join(', ');
        return `\n\n${words}\n\n${said}\n\n`;
      },
    )
    .replace(
      new RegExp(`<(FactBox|Timeline)${ATTRIBUTES}>`, 'g'),
      (_, __, attributes: string) => `\n\n${propsOf(attributes).title ?? ''}\n\n`,
    )
    .replace(new RegExp(`</?[A-Z][\\w.]*${ATTRIBUTES}/?>`, 'g'), '\n\n')
    .replace(/<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/g, ' ');
}

/** One Markdown block as spoken blocks: each list item, heading and table row on its own. */
function blockLines(block: string): string[] {
  const spoken: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) spoken.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of block.split('\n')) {
    const line = raw.replace(/^[ \t]*(?:>[ \t]?)*/, '').trim();
    if (line === '' || /^(?:[-*_][ \t]*){3,}$/.test(line) || /^\|?[\s:|-]+\|[\s:|-]*$/.test(line)) {
      continue;
    }
    if (/^\[[^\]]+\]:\s/.test(line)) continue;
    const item = /^(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+)(.*?)[ \t#]*$/.exec(line);
    if (item || line.startsWith('|')) {
      flush();
      spoken.push(item ? item[1] : tableRow(line));
    } else paragraph.push(line);
  }
  flush();
  return spoken;
}

/** A table row's cells, read one after the other. */
function tableRow(line: string): string {
  return line
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(', ');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Inline Markdown as plain words: link text kept, pictures, URLs and emphasis marks dropped. */
function inlineText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<(?:https?|mailto):[^>]*>/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}\\])[*_](\S(?:.*?\S)?)[*_](?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\\])\{[^{}]*\}/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~&])/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A block that ends as a sentence, so the voice pauses after a heading or a list item as a
 * reader would rather than running it into the next one.
 */
export function asSentence(block: string): string {
  const text = block.replace(/\s+/g, ' ').trim();
  if (text === '' || /[.!?…:;]["'”’»)\]]*$/.test(text)) return text;
  return `${text}.`;
}
