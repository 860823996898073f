/**
 * `npm run import -- <file>...`: turns legacy plain-text articles from the old website into
 * MDX articles in the content folder (CONTENT_DIR aware), and prints what it inferred. Speaks
 * Vietnamese; English with `--lang en` or an English LANG.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PLACEHOLDER_DATE, planImport, type ImportPlan } from './lib/newsroom/legacyImport.ts';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { displayPath, type Content } from '../src/lib/content/validateContent.ts';
import { commandMessages } from '../src/i18n/messageLanguage.ts';
import type { ToolMessages } from '../src/i18n/vi.ts';
import { contentDir } from '../src/lib/shared/environment.ts';

/** Writes `text` to a new file; with `replace`, over an existing one too. */
function writeNew(file: string, text: string, replace = false): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: replace ? 'w' : 'wx' });
}

/** What the importer inferred, for the person who runs it. */
function describe(
  plan: ImportPlan,
  shown: (file: string) => string,
  say: ToolMessages['import'],
): string {
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : say.noneFound);
  const series = plan.series
    ? `${plan.series.id}${plan.series.isNew ? say.newSeries(shown(plan.series.file)) : ''}`
    : say.none;
  const lines = [
    `  title:     ${plan.title}`,
    `  series:    ${series}`,
    ...(plan.part !== undefined ? [`  part:      ${plan.part}`] : []),
    `  date:      ${plan.pubDate ?? say.unknownDate(PLACEHOLDER_DATE)}`,
    `  districts: ${list(plan.districts)}`,
    `  models:    ${list(plan.models)}`,
    `  path:      ${shown(plan.article.file)}${plan.todo.length ? say.draft : ''}`,
  ];
  if (plan.todo.length) lines.push(`  ${say.todo}`, ...plan.todo.map((item) => `    - ${item}`));
  return lines.join('\n');
}

/** Imports one file; returns whether it worked. */
function importFile(
  source: string,
  content: Content,
  options: {
    dir: string;
    outDir?: string;
    force: boolean;
    written: Set<string>;
    say: ToolMessages;
  },
): boolean {
  const say = options.say.import;
  const shown = (file: string) => displayPath(process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    console.error(`${source}: ${say.unreadable((error as Error).message)}`);
    return false;
  }
  const result = planImport(text, content, {
    contentDir: options.dir,
    sourceName: path.basename(source).replace(/\s+/g, ' '),
    outDir: options.outDir,
    takenIds: options.written,
    fileExists: existsSync,
    force: options.force,
    say: options.say,
  });
  if (!result.ok) {
    for (const error of result.errors) console.error(`${source}: ${error}`);
    return false;
  }
  const { plan } = result;
  try {
    if (plan.newSeries) writeNew(plan.newSeries.file, plan.newSeries.text);
    writeNew(plan.article.file, plan.article.text, options.force);
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const reason = exists ? say.wouldOverwrite : (error as Error).message;
    console.error(`${source}: ${say.stopped(reason)}`);
    return false;
  }
  options.written.add(plan.id);
  console.log(`${source} -> ${shown(plan.article.file)}\n${describe(plan, shown, say)}\n`);
  return true;
}

/** Reads the flags and file names, or returns the reason they cannot be read. */
function readArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs the command; returns the exit code. */
function main(args: string[]): number {
  const messages = commandMessages(args);
  const say = messages.import;
  const parsed = readArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n\n${say.usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(say.usage);
    return 0;
  }
  if (!positionals.length) {
    console.error(`${say.noFiles}\n\n${say.usage}`);
    return 1;
  }

  const dir = contentDir();
  const load = () => loadContent(dir, process.cwd(), { say: messages });
  const printErrors = (problems: Problem[]) => {
    for (const problem of problems.filter((p) => p.severity === 'error'))
      console.error(formatProblem(problem, messages));
  };
  const loaded = load();
  if (!loaded.content) {
    printErrors(loaded.problems);
    console.error(messages.report.contentHasErrors(displayPath(process.cwd(), dir)));
    return 1;
  }
  let content = loaded.content;
  const options = {
    dir,
    outDir: values.out ? path.resolve(values.out) : undefined,
    force: Boolean(values.force),
    written: new Set<string>(),
    say: messages,
  };
  let failures = 0;
  for (const source of positionals) {
    if (!importFile(source, content, options)) {
      failures++;
      continue;
    }
    // The next file sees this one: its id is taken, its new series exists.
    const reloaded = load();
    printErrors(reloaded.problems);
    if (reloaded.content) content = reloaded.content;
    else failures++;
  }
  console.log(failures ? say.failures(failures, positionals.length) : say.next);
  return failures ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
