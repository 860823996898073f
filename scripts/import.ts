/**
 * `npm run import -- <file>...`: turns legacy plain-text articles from the old website into
 * MDX articles in the content folder (CONTENT_DIR aware), and prints what it inferred.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/contentFiles.ts';
import { PLACEHOLDER_DATE, planImport, type ImportPlan } from '../src/lib/legacyImport.ts';
import { loadContent } from '../src/lib/loadContent.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { displayPath, type Content } from '../src/lib/validateContent.ts';

const USAGE = `Usage: npm run import -- [--out <folder>] [--force] <file.txt>...

  --out <folder>   write the articles there instead of articles/<year>/ in the content folder
  --force          replace an article file that already exists

Each file is an article copied as plain text from the old website: the title on the first
line, then the lead ("BBK - ..."), then the body; "Xem thêm" and what follows are dropped.`;

/** Writes `text` to a new file; with `replace`, over an existing one too. */
function writeNew(file: string, text: string, replace = false): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: replace ? 'w' : 'wx' });
}

/** What the importer inferred, for the person who runs it. */
function describe(plan: ImportPlan, shown: (file: string) => string): string {
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : '(none found)');
  const series = plan.series
    ? `${plan.series.id}${plan.series.isNew ? ` (new: ${shown(plan.series.file)})` : ''}`
    : '(none)';
  const lines = [
    `  title:     ${plan.title}`,
    `  series:    ${series}`,
    ...(plan.part !== undefined ? [`  part:      ${plan.part}`] : []),
    `  date:      ${plan.pubDate ?? `unknown (placeholder ${PLACEHOLDER_DATE})`}`,
    `  districts: ${list(plan.districts)}`,
    `  models:    ${list(plan.models)}`,
    `  path:      ${shown(plan.article.file)}${plan.todo.length ? ' (draft)' : ''}`,
  ];
  if (plan.todo.length)
    lines.push('  to do before publishing:', ...plan.todo.map((item) => `    - ${item}`));
  return lines.join('\n');
}

/** Imports one file; returns whether it worked. */
function importFile(
  source: string,
  content: Content,
  options: { dir: string; outDir?: string; force: boolean; written: Set<string> },
): boolean {
  const shown = (file: string) => displayPath(process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    console.error(`${source}: cannot be read (${(error as Error).message})`);
    return false;
  }
  const result = planImport(text, content, {
    contentDir: options.dir,
    sourceName: path.basename(source).replace(/\s+/g, ' '),
    outDir: options.outDir,
    takenIds: options.written,
    fileExists: existsSync,
    force: options.force,
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
    console.error(
      `${source}: ${exists ? 'a file it would write already exists' : (error as Error).message}; stopped`,
    );
    return false;
  }
  options.written.add(plan.id);
  console.log(`${source} -> ${shown(plan.article.file)}\n${describe(plan, shown)}\n`);
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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs the command; returns the exit code. */
function main(args: string[]): number {
  const parsed = readArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!positionals.length) {
    console.error(`Name at least one file to import.\n\n${USAGE}`);
    return 1;
  }

  const dir = contentDir();
  const loaded = loadContent(dir);
  if (!loaded.content) {
    for (const problem of loaded.problems.filter((p) => p.severity === 'error'))
      console.error(formatProblem(problem));
    console.error(
      `\nThe content folder ${displayPath(process.cwd(), dir)} has errors: fix them first (npm run check lists them).`,
    );
    return 1;
  }
  let content = loaded.content;
  const options = {
    dir,
    outDir: values.out ? path.resolve(values.out) : undefined,
    force: Boolean(values.force),
    written: new Set<string>(),
  };
  let failures = 0;
  for (const source of positionals) {
    if (!importFile(source, content, options)) {
      failures++;
      continue;
    }
    // The next file sees this one: its id is taken, its new series exists.
    const reloaded = loadContent(dir);
    for (const problem of reloaded.problems.filter((p) => p.severity === 'error'))
      console.error(formatProblem(problem));
    if (reloaded.content) content = reloaded.content;
    else failures++;
  }
  console.log(
    failures
      ? `${failures} of ${positionals.length} file(s) not imported cleanly.`
      : 'Next: edit the files (fill in what the comments ask), run `npm run check`, then set draft: false.',
  );
  return failures ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
