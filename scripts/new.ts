/**
 * `npm run new`: scaffolds a draft article (or the next part of a series) in the content folder.
 * Asks for what is missing in a terminal; scripts pass everything as flags. Speaks Vietnamese;
 * English with `--lang en` or an English LANG.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prompt from '@clack/prompts';
import { parseArchiveDate } from '../src/lib/shared/dates.ts';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { formatProblem, hasErrors } from '../src/lib/content/problems.ts';
import {
  nextPart,
  planArticle,
  splitList,
  todayIn,
  type ScaffoldInput,
} from './lib/newsroom/scaffoldArticle.ts';
import { slugFromTitle } from '../src/lib/shared/slug.ts';
import { displayPath, type Content } from '../src/lib/content/validateContent.ts';
import { commandMessages } from '../src/i18n/messageLanguage.ts';
import type { ToolMessages } from '../src/i18n/vi.ts';
import { contentDir } from '../src/lib/shared/environment.ts';

type Flags = {
  title?: string;
  series?: string;
  part?: string;
  district?: string[];
  topic?: string[];
  date?: string;
  lang?: string;
  help?: boolean;
};

/** Reads the flags, or returns the reason they cannot be read. */
function readFlags(args: string[]): Flags | string {
  try {
    const { values } = parseArgs({
      args,
      options: {
        title: { type: 'string' },
        series: { type: 'string' },
        part: { type: 'string' },
        district: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        date: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return values;
  } catch (error) {
    return (error as Error).message;
  }
}

/** "3" -> 3; anything but a whole number -> NaN, which the plan refuses with a message. */
function partNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The input given by flags alone. */
function inputFromFlags(flags: Flags): ScaffoldInput {
  return {
    title: flags.title ?? '',
    series: flags.series?.trim() || undefined,
    part: partNumber(flags.part),
    districts: splitList(flags.district ?? []),
    topics: splitList(flags.topic ?? []),
    date: flags.date,
  };
}

/** Asks in the terminal for every fact the flags did not give; undefined when cancelled. */
async function askMissing(
  flags: Flags,
  content: Content,
  say: ToolMessages['new'],
  dates: ToolMessages['dates'],
): Promise<ScaffoldInput | undefined> {
  const input = inputFromFlags(flags);
  prompt.intro(say.intro);
  const answer = async <T>(question: Promise<T>): Promise<Exclude<T, symbol>> => {
    const value = await question;
    if (prompt.isCancel(value)) throw new Cancelled();
    return value as Exclude<T, symbol>;
  };
  try {
    input.title = await answer(
      prompt.text({
        message: say.title,
        validate: (value) => (value && slugFromTitle(value) ? undefined : say.titleInvalid),
      }),
    );
    if (flags.series === undefined && content.series.length) {
      input.series =
        (await answer(
          prompt.select({
            message: say.series,
            options: [
              { value: '', label: say.noSeries },
              ...content.series.map((series) => ({
                value: series.id,
                label: series.data.title,
                hint: series.id,
              })),
            ],
          }),
        )) || undefined;
    }
    if (input.series && flags.part === undefined) {
      const next = String(nextPart(input.series, content.articles));
      input.part = partNumber(
        await answer(
          prompt.text({
            message: say.part,
            initialValue: next,
            validate: (value) =>
              /^\s*[1-9]\d*\s*$/.test(value ?? '') ? undefined : say.partInvalid,
          }),
        ),
      );
    }
    if (flags.district === undefined && content.districts.length) {
      input.districts = await answer(
        prompt.multiselect({
          message: say.districts,
          options: content.districts.map((d) => ({ value: d.id, label: d.data.name, hint: d.id })),
          required: false,
        }),
      );
    }
    if (flags.topic === undefined && content.topics.length) {
      input.topics = await answer(
        prompt.multiselect({
          message: say.topics,
          options: content.topics.map((t) => ({ value: t.id, label: t.data.name, hint: t.id })),
          required: false,
        }),
      );
    }
    if (flags.date === undefined) {
      const timeZone = content.site.timezone;
      input.date = await answer(
        prompt.text({
          message: say.date,
          initialValue: todayIn(timeZone),
          validate: (value) => {
            const parsed = parseArchiveDate(value ?? '', timeZone, dates);
            return typeof parsed === 'string' ? parsed : undefined;
          },
        }),
      );
    }
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    prompt.cancel(say.cancelled);
    return undefined;
  }
  return input;
}

class Cancelled extends Error {}

/** Runs the command; returns the exit code. */
async function main(args: string[]): Promise<number> {
  const messages = commandMessages(args);
  const say = messages.new;
  const flags = readFlags(args);
  if (typeof flags === 'string') {
    console.error(`${flags}\n\n${say.usage}`);
    return 1;
  }
  if (flags.help) {
    console.log(say.usage);
    return 0;
  }
  const interactive = Boolean(process.stdin.isTTY) && flags.title === undefined;
  if (!interactive && !flags.title?.trim()) {
    console.error(`${say.titleNeeded}\n\n${say.usage}`);
    return 1;
  }

  const dir = contentDir();
  const { content, problems } = loadContent(dir, process.cwd(), { say: messages });
  if (!content) {
    for (const problem of problems.filter((p) => p.severity === 'error'))
      console.error(formatProblem(problem, messages));
    console.error(messages.report.contentHasErrors(displayPath(process.cwd(), dir)));
    return 1;
  }

  const input = interactive
    ? await askMissing(flags, content, say, messages.dates)
    : inputFromFlags(flags);
  if (!input) return 1;
  const result = planArticle(input, content, dir, messages);
  if (!result.ok) {
    for (const error of result.errors) console.error(say.error(error));
    console.error(say.nothingWritten);
    return 1;
  }

  const { plan } = result;
  const shown = displayPath(process.cwd(), plan.file);
  try {
    mkdirSync(path.dirname(plan.file), { recursive: true });
    writeFileSync(plan.file, plan.text, { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    console.error(exists ? say.exists(shown) : say.cannotWrite(shown, (error as Error).message));
    return 1;
  }

  const after = loadContent(dir, process.cwd(), { say: messages }).problems.filter(
    (p) => path.resolve(p.file) === plan.file,
  );
  for (const problem of after) console.error(formatProblem(problem, messages));

  const lines = [
    input.series ? say.createdPart(shown, plan.part!, input.series) : say.created(shown),
    '',
    ...say.nextSteps(shown),
  ];
  if (interactive) prompt.outro(lines.join('\n'));
  else console.log(lines.join('\n'));
  return hasErrors(after) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
