/**
 * `npm run check` (`-- --fix` to rewrite non-NFC files in NFC): validates every file of the
 * content folder. Speaks Vietnamese; English with `-- --lang en` or an English LANG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTION_FOLDERS,
  listCollectionFiles,
  type CollectionName,
} from '../src/lib/content/sourceFiles.ts';
import { displayPath } from '../src/lib/content/validateContent.ts';
import { commandMessages } from '../src/i18n/messageLanguage.ts';
import { reportContent } from './lib/reportContent.ts';
import { contentDir } from '../src/lib/shared/environment.ts';

/** Rewrites every content file that is not in Unicode NFC; returns the files it changed. */
function fixUnicode(dir: string): string[] {
  const files = [
    path.join(dir, 'site.yaml'),
    ...(Object.keys(COLLECTION_FOLDERS) as CollectionName[]).flatMap((name) =>
      listCollectionFiles(dir, name),
    ),
  ];
  return files.filter((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    if (text === text.normalize('NFC')) return false;
    writeFileSync(file, text.normalize('NFC'));
    return true;
  });
}

const say = commandMessages();
if (process.argv.includes('--fix')) {
  for (const file of fixUnicode(contentDir()))
    console.log(say.report.rewrittenNfc(displayPath(process.cwd(), file)));
}
process.exitCode = reportContent(say) ? 0 : 1;
