/** The YAML front matter of an MDX file and where its body starts. */
export type FrontMatter = {
  /** The YAML text between the fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** The body after the closing fence. */
  body: string;
  /** Lines before the YAML text (the opening fence), to turn YAML lines into file lines. */
  lineOffset: number;
};

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Splits an MDX file into its front matter and body. */
export function splitFrontMatter(text: string): FrontMatter {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FENCE.exec(source);
  if (!match || match.index !== 0) return { yaml: undefined, body: source, lineOffset: 0 };
  return { yaml: match[1], body: source.slice(match[0].length), lineOffset: 1 };
}
