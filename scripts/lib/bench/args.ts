/** The command line of `npm run bench`. */

/** Whether to build the plain Astro baseline: by its projected memory ('auto'), always, or never. */
export type BaselineChoice = 'auto' | 'run' | 'skip';

/** Whether generated articles have cover photos (and every tenth a body picture), or text only. */
export type CoversChoice = 'photo' | 'none';

/** What to measure. */
export type BenchOptions = {
  /** How many articles to generate and build (N). */
  articles: number;
  /** The smaller size measured as well, to see how cost grows (when N is larger). */
  small: number;
  /** The seed of the content generator. */
  seed: number;
  baseline: BaselineChoice;
  covers: CoversChoice;
};

/** The smaller size when none is given: 2,000 up to 10,000 articles, 10,000 (the budgets' size) above. */
export function defaultSmall(articles: number): number {
  return articles > 10_000 ? 10_000 : 2_000;
}

export const USAGE =
  'usage: npm run bench -- [--articles N (10000)] [--small M (2000; 10000 when N > 10000)] [--seed S (1)]\n' +
  '                        [--baseline auto|run|skip (auto: skipped when its projected memory exceeds the machine)]\n' +
  '                        [--covers photo|none (photo; none: text-only articles)]';

const NUMBERS = ['articles', 'small', 'seed'] as const;
const CHOICES = { baseline: ['auto', 'run', 'skip'], covers: ['photo', 'none'] } as const;

/** Parses the options above; throws with a readable message on anything else. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const numbers: Partial<Record<(typeof NUMBERS)[number], number>> = {};
  const choices: { baseline: BaselineChoice; covers: CoversChoice } = {
    baseline: 'auto',
    covers: 'photo',
  };
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, '');
    const text = args[i + 1] ?? '';
    if (!args[i].startsWith('--')) throw new Error(`unknown option "${args[i]}"\n${USAGE}`);
    if ((NUMBERS as readonly string[]).includes(name)) {
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < 1) {
        throw new Error(`--${name} needs a whole number of at least 1, not "${text}"\n${USAGE}`);
      }
      numbers[name as (typeof NUMBERS)[number]] = value;
    } else if (name in CHOICES) {
      const allowed: readonly string[] = CHOICES[name as keyof typeof CHOICES];
      if (!allowed.includes(text)) {
        throw new Error(`--${name} is one of ${allowed.join(', ')}, not "${text}"\n${USAGE}`);
      }
      (choices as Record<string, string>)[name] = text;
    } else {
      throw new Error(`unknown option "${args[i]}"\n${USAGE}`);
    }
  }
  const articles = numbers.articles ?? 10_000;
  return {
    articles,
    small: numbers.small ?? defaultSmall(articles),
    seed: numbers.seed ?? 1,
    ...choices,
  };
}
