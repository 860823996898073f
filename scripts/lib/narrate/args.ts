/** The command line of `npm run narrate`. */
import { parseArgs } from 'node:util';
import { DEFAULT_ENGINE, parseEngine, type Engine } from './engines.ts';

/** What `npm run narrate` was asked to do. */
export type NarrateRequest = {
  /** Article files named on the command line, as given. */
  files: string[];
  /** Narrate every published article without a recording. */
  all: boolean;
  /** Replace a machine narration of a named article (a real recording is never replaced). */
  force: boolean;
  engine: Engine;
};

/** The usage text printed by `--help` and after a mistake. */
export const USAGE = `Usage: npm run narrate -- [options] <article.mdx>...
       npm run narrate -- --all [options]

Makes a spoken version of an article (title, lead, body) with a machine voice, saves it as
<slug>.mp3 next to the article and writes audio: { src, duration } into its front matter.

  --all               every published article that has no recording yet
  --engine <engine>   espeak-ng (the default, Vietnamese voice "vi"), espeak-ng:<voice>, or
                      command:"<shell command>" for any engine that writes WAV: the text is on
                      its standard input and in the file {text}; it writes the file {wav}, or
                      its standard output when the command has no {wav}
  --force             narrate a named article again when its recording is a machine narration
                      (a real recording is never replaced)
  -h, --help          this text

Needs espeak-ng and ffmpeg (Debian: apt-get install espeak-ng ffmpeg).`;

/** The request the arguments make, `'help'`, or what is wrong with them. */
export function parseNarrateArgs(args: string[]): NarrateRequest | 'help' | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        engine: { type: 'string', default: DEFAULT_ENGINE },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.all && positionals.length) {
    return { error: 'name article files or give --all, not both' };
  }
  if (!values.all && !positionals.length) {
    return { error: 'name at least one article file, or give --all' };
  }
  const engine = parseEngine(values.engine);
  if ('error' in engine) return { error: `--engine: ${engine.error}` };
  return { files: positionals, all: values.all, force: values.force, engine };
}
