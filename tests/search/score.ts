/** Scores a search strategy against the judgments: is the expected page in the top three? */
import { JUDGMENTS, type Judgment } from './judgments.ts';
import type { PagefindResult } from '#src/lib/search/searchQuery.ts';

export type Scored = Judgment & { rank: number | undefined; top: string[] };

/** Runs every judgment through `search` and records the expected page's rank (1-based). */
export async function scoreJudgments(
  search: (query: string) => Promise<PagefindResult[]>,
): Promise<Scored[]> {
  const scored: Scored[] = [];
  for (const judgment of JUDGMENTS) {
    const results = await search(judgment.query);
    const top = await Promise.all(
      results.slice(0, 5).map(async (result) => (await result.data()).url),
    );
    const index = top.indexOf(judgment.expected);
    scored.push({ ...judgment, rank: index >= 0 ? index + 1 : undefined, top });
  }
  return scored;
}

/** How many judgments found their page in the top three. */
export const hits = (scored: Scored[]) =>
  scored.filter((s) => s.rank !== undefined && s.rank <= 3).length;
