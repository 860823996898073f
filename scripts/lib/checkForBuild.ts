/**
 * The content check of `npm run build`, in a process of its own so that the memory of reading
 * every file is given back before the search index is written. It prints the checker's report
 * and tells the build how many pages the search index must hold, or exits with 1.
 */
import { buildArchive } from '#src/lib/content/archive.ts';
import { buildTime } from '#src/lib/content/publication.ts';
import { searchablePageCount } from '#src/lib/search/indexedText.ts';
import { reportContent } from './reportContent.ts';
import { commandMessages } from '#src/i18n/messageLanguage.ts';
import { buildNowSetting } from '#src/lib/shared/environment.ts';

/** What the check tells the build when the content may be built. */
export type CheckPassed = { searchablePages: number };

try {
  check();
} catch (error) {
  // A readable message (a bad BUILD_NOW, an unreadable folder), never a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

function check() {
  // The build passes its own arguments on, `--lang en` among them.
  const content = reportContent(commandMessages());
  if (!content) {
    process.exitCode = 1;
    return;
  }
  const archive = buildArchive(content, {
    now: buildTime(buildNowSetting(), content.site.timezone),
  });
  const searchablePages = searchablePageCount(archive);
  process.send!({ searchablePages } satisfies CheckPassed);
}
