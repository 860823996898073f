/**
 * `npm run narrate -- <article.mdx>...` or `-- --all`: a spoken version of articles with a
 * machine voice (espeak-ng by default), saved as <slug>.mp3 next to each and named in its front
 * matter. CONTENT_DIR aware; `--help` lists the options.
 */
import path from 'node:path';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { formatProblem, hasErrors } from '../src/lib/content/problems.ts';
import { commandMessages } from '../src/i18n/messageLanguage.ts';
import { buildTime } from '../src/lib/content/publication.ts';
import { displayPath } from '../src/lib/content/validateContent.ts';
import { USAGE, parseNarrateArgs } from './lib/narrate/args.ts';
import { ENCODER_REQUIREMENTS, installHint } from './lib/narrate/engines.ts';
import { planNarration, type SkipReason } from './lib/narrate/plan.ts';
import { NarrateError, missingPrograms, recordArticle } from './lib/narrate/record.ts';
import { contentDir, buildNowSetting } from '../src/lib/shared/environment.ts';

const SKIPPED: Record<SkipReason, string> = {
  draft: 'a draft',
  scheduled: 'scheduled, not yet published',
  recorded:
    'has a recording already (a real recording always wins; --force replaces a machine narration)',
};

/** "3:53" for 233 seconds. */
function minutes(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Runs the command; returns the exit code. */
function main(args: string[]): number {
  const request = parseNarrateArgs(args);
  if (request === 'help') {
    console.log(USAGE);
    return 0;
  }
  if ('error' in request) {
    console.error(`${request.error}\n\n${USAGE}`);
    return 1;
  }
  const missing = missingPrograms([...request.engine.requires, ...ENCODER_REQUIREMENTS]);
  if (missing.length) {
    const names = missing.map((requirement) => requirement.program).join(', ');
    console.error(
      `narrate needs ${names}, which ${missing.length === 1 ? 'is' : 'are'} not installed.`,
    );
    console.error(`On Debian or Ubuntu: ${installHint(missing)}`);
    return 1;
  }
  const dir = contentDir();
  // The checker's lines in the language LANG asks for (narrate's own messages are English).
  const say = commandMessages([]);
  const { content, problems } = loadContent(dir, process.cwd(), { checkBodies: false, say });
  if (!content || hasErrors(problems)) {
    for (const problem of problems.filter((p) => p.severity === 'error')) {
      console.error(formatProblem(problem, say));
    }
    console.error('The content has errors: fix them (npm run check) before narrating.');
    return 1;
  }
  const now = buildTime(buildNowSetting(), content.site.timezone);
  const plan = planNarration(content.articles, request, now);
  const shown = (file: string) => displayPath(process.cwd(), file);
  let failed = plan.unknown.length;
  for (const name of plan.unknown) {
    console.error(`${name}: not an article of the content folder ${shown(dir)}`);
  }
  for (const { entry, reason } of plan.skipped) {
    // A named article that is left out is a request not done; --all leaves some out by design.
    if (request.all) console.log(`skipped ${shown(entry.file)}: ${SKIPPED[reason]}`);
    else {
      console.error(`${shown(entry.file)}: ${SKIPPED[reason]}`);
      failed++;
    }
  }
  let made = 0;
  for (const { entry } of plan.narrate) {
    try {
      const recording = recordArticle(entry, request.engine);
      made++;
      const size = `${Math.round(recording.bytes / 1024)} KiB`;
      console.log(
        `${shown(entry.file)} -> ${path.basename(recording.file)} (${minutes(recording.duration)}, ${size})`,
      );
    } catch (error) {
      if (!(error instanceof NarrateError)) throw error;
      console.error(`${shown(entry.file)}: ${error.message}`);
      failed++;
    }
  }
  console.log(
    `Narrated ${made} article${made === 1 ? '' : 's'} with ${request.engine.label}` +
      `${plan.skipped.length ? `, skipped ${plan.skipped.length}` : ''}` +
      `${failed ? `, ${failed} problem${failed === 1 ? '' : 's'}` : ''}.`,
  );
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
