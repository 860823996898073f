/** Validates the content folder and prints every problem; shared by `check` and `build`. */
import type { ToolMessages } from '#src/i18n/vi.ts';
import { loadContent } from '#src/lib/content/loadContent.ts';
import { formatReport, hasErrors } from '#src/lib/content/problems.ts';
import { displayPath, type Content } from '#src/lib/content/validateContent.ts';
import { contentDir } from '#src/lib/shared/environment.ts';

/** Prints problems on stderr and a summary on stdout, in `say`'s words; returns the content when it may be built. */
export function reportContent(say: ToolMessages): Content | undefined {
  const dir = contentDir();
  const { content, problems } = loadContent(dir, process.cwd(), { say });
  const lines = formatReport(problems, say).split('\n');
  const summary = lines.pop()!;
  for (const line of lines) console.error(line);
  console.log(`${displayPath(process.cwd(), dir)}: ${summary}`);
  return hasErrors(problems) ? undefined : content;
}
