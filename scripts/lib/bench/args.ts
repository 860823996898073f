/** The command line of `npm run bench`. */

/** What to measure. */
export type BenchOptions = {
  /** How many articles to generate and build (N). */
  articles: number;
  /** The smaller size measured as well, to see how cost grows (when N is larger). */
  small: number;
  /** The seed of the content generator. */
  seed: number;
};

export const USAGE =
  'usage: npm run bench -- [--articles N (10000)] [--small M (2000)] [--seed S (1)]';

/** Parses `--articles N --small M --seed S`; throws with a readable message on anything else. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { articles: 10_000, small: 2_000, seed: 1 };
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, '');
    const value = Number(args[i + 1]);
    if (!(name in options) || !args[i].startsWith('--'))
      throw new Error(`unknown option "${args[i]}"\n${USAGE}`);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(
        `--${name} needs a whole number of at least 1, not "${args[i + 1] ?? ''}"\n${USAGE}`,
      );
    }
    options[name as keyof BenchOptions] = value;
  }
  return options;
}
