/** Validates the content folder and prints every problem; shared by `check` and `build`. */
import { contentDir } from '../../src/lib/contentFiles.ts';
import { loadContent } from '../../src/lib/loadContent.ts';
import { displayPath } from '../../src/lib/validateContent.ts';
import { formatReport, hasErrors } from '../../src/lib/problems.ts';

/** Prints problems on stderr and a summary on stdout; returns whether the content may be built. */
export function reportContent(): boolean {
  const dir = contentDir();
  const { problems } = loadContent(dir);
  const lines = formatReport(problems).split('\n');
  const summary = lines.pop()!;
  for (const line of lines) console.error(line);
  console.log(`${displayPath(process.cwd(), dir)}: ${summary}`);
  return !hasErrors(problems);
}

