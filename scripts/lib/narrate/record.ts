/** Records one article: the engine speaks it, ffmpeg encodes it, the front matter names it. */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readArticleBody } from '#src/lib/content/sourceFiles.ts';
import type { Entry } from '#src/lib/content/validateContent.ts';
import type { ArticleData } from '#src/schemas/article.ts';
import type { Engine, Requirement } from './engines.ts';
import { withAudio } from './frontMatterAudio.ts';
import { spokenText } from './spokenText.ts';

/** A problem the person running the command can fix; printed without a stack trace. */
export class NarrateError extends Error {}

/**
 * The tag every narration carries in its file's comment: how `--force` tells a machine
 * narration, which it may replace, from a real recording, which always wins.
 */
export const MACHINE_NARRATION = 'Machine narration';

/**
 * MP3 rather than Opus: feeds carry the recording as an enclosure, and podcast apps, older phones
 * and every browser play MP3. Mono at espeak-ng's own 22.05 kHz and a constant 24 kbit/s, 3 KB a
 * second: part 3 of the sample series (3 min 59 s) makes 701 KiB, and anything under about
 * 5 min 40 s stays below 1 MB. Measured on that part: 32 kbit/s made 934 KiB, LAME's smallest
 * VBR setting (-q:a 9) 925 KiB, Opus at 16 kbit/s 491 KiB; a machine voice gains nothing audible
 * from the larger MP3s, and the smaller Opus would not play everywhere.
 */
export const MP3_BITRATE = '24k';
const SAMPLE_RATE = '22050';

/** What a narration made. */
export type Recording = { file: string; bytes: number; duration: number };

/** The programs among `requirements` that are not installed. */
export function missingPrograms(requirements: Requirement[]): Requirement[] {
  return requirements.filter(({ program }) => {
    const result = spawnSync(program, [program === 'espeak-ng' ? '--version' : '-version'], {
      stdio: 'ignore',
    });
    return (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  });
}

/** The file's length in whole seconds (at least 1), from ffprobe's reading of the file itself. */
export function durationSeconds(ffprobeOutput: string): number {
  const seconds = Number.parseFloat(ffprobeOutput.trim());
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new NarrateError(`ffprobe gave no duration ("${ffprobeOutput.trim()}")`);
  }
  return Math.max(1, Math.round(seconds));
}

/** Runs a program and returns its standard output; a failure becomes a NarrateError. */
function run(command: string, args: string[], input?: string, label = command): Buffer {
  const result = spawnSync(command, args, { input, maxBuffer: 1 << 30 });
  if (result.error) throw new NarrateError(`${label}: ${result.error.message}`);
  if (result.status !== 0) {
    const said = result.stderr.toString().trim().split('\n').slice(-3).join(' / ');
    throw new NarrateError(`${label} failed (exit ${result.status})${said ? `: ${said}` : ''}`);
  }
  return result.stdout;
}

/** One format tag of an audio file (e.g. "comment", "duration"), as ffprobe reads it. */
function probe(file: string, entry: string): string {
  return run('ffprobe', ['-v', 'error', '-show_entries', entry, '-of', 'default=nw=1:nk=1', file])
    .toString()
    .trim();
}

/** Whether the audio file was made by this command rather than recorded by a person. */
export function isMachineNarration(file: string): boolean {
  return probe(file, 'format_tags=comment').startsWith(MACHINE_NARRATION);
}

/**
 * Narrates one article with `engine` into `<slug>.mp3` next to it and writes `audio:` into its
 * front matter. A recording that a person made is never overwritten.
 */
export function recordArticle(entry: Entry<ArticleData>, engine: Engine): Recording {
  const folder = path.dirname(entry.file);
  const target = path.join(folder, `${entry.id}.mp3`);
  const existing = entry.data.audio && path.resolve(folder, entry.data.audio.src);
  for (const file of new Set([existing, target])) {
    if (file && existsSync(file) && !isMachineNarration(file)) {
      throw new NarrateError(
        `${path.basename(file)} is a recording, not a machine narration: a real recording always wins`,
      );
    }
  }
  const work = mkdtempSync(path.join(tmpdir(), 'narrate-'));
  try {
    const text = spokenText(entry.data, readArticleBody(entry.file));
    const textFile = path.join(work, 'text.txt');
    const wavFile = path.join(work, 'speech.wav');
    const mp3File = path.join(work, 'speech.mp3');
    writeFileSync(textFile, text);
    const call = engine.invocation(textFile, wavFile);
    const wav = run(call.command, call.args, text, engine.label);
    if (call.wavOnStdout) writeFileSync(wavFile, wav);
    if (!existsSync(wavFile) || statSync(wavFile).size === 0) {
      throw new NarrateError(`${engine.label} wrote no WAV audio`);
    }
    run('ffmpeg', encoderArgs(wavFile, mp3File, entry.data.title, engine.label));
    copyFileSync(mp3File, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const duration = durationSeconds(probe(target, 'format=duration'));
  const article = readFileSync(entry.file, 'utf8');
  writeFileSync(entry.file, withAudio(article, { src: `./${path.basename(target)}`, duration }));
  // The machine narration it replaces, under another name, would be left behind unused.
  if (existing && existing !== target && existsSync(existing)) rmSync(existing);
  return { file: target, bytes: statSync(target).size, duration };
}

/** ffmpeg's arguments: mono MP3 at MP3_BITRATE, tagged as a machine narration, reproducible. */
export function encoderArgs(
  wav: string,
  mp3: string,
  title: string,
  engineLabel: string,
): string[] {
  return [
    ...['-v', 'error', '-y', '-i', wav, '-map_metadata', '-1'],
    ...['-ac', '1', '-ar', SAMPLE_RATE, '-c:a', 'libmp3lame', '-b:a', MP3_BITRATE],
    ...[
      '-metadata',
      `title=${title}`,
      '-metadata',
      `comment=${MACHINE_NARRATION} (${engineLabel})`,
    ],
    // bitexact leaves out ffmpeg's version, so the same text and engine make the same file.
    ...['-id3v2_version', '3', '-fflags', '+bitexact', '-flags:a', '+bitexact', mp3],
  ];
}
