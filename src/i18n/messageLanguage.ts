/**
 * Which language the command-line tools speak: Vietnamese for journalists, English for
 * developers who ask for it. Decided once, at a command's entry; everything below takes the
 * chosen messages as a parameter.
 */
import { toolMessages as en } from './en.ts';
import { toolMessages as vi, type ToolMessages } from './vi.ts';

export type MessageLanguage = 'vi' | 'en';

/** The value of `--lang x` or `--lang=x` among `args`, the last one given; undefined without one. */
function langFlag(args: readonly string[]): string | undefined {
  let value: string | undefined;
  args.forEach((arg, index) => {
    if (arg === '--lang') value = args[index + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value;
}

/**
 * English when `--lang en` (or `--lang=en`) is among `args`, or else when the locale (LC_ALL,
 * then LC_MESSAGES, then LANG, the first one set, as POSIX has it) is an English one such as
 * `en` or `en_US.UTF-8`; Vietnamese otherwise (`C.UTF-8`, `POSIX`, `vi_VN`, nothing set).
 */
export function messageLanguage(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): MessageLanguage {
  const locale = langFlag(args) ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'vi';
}

/** The tools' messages in `language`. */
export function messagesIn(language: MessageLanguage): ToolMessages {
  return language === 'en' ? en : vi;
}

/** The messages of the command this process runs, from its arguments and environment. */
export function commandMessages(
  args: readonly string[] = process.argv.slice(2),
  env: Readonly<Record<string, string | undefined>> = process.env,
): ToolMessages {
  return messagesIn(messageLanguage(args, env));
}
