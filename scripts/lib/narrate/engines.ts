/**
 * Text-to-speech engines for `npm run narrate`. An engine is any program that reads the text
 * (a UTF-8 file, or its standard input) and writes a WAV file; ffmpeg encodes that to MP3.
 */

/** A program an engine needs, and the Debian package that installs it. */
export type Requirement = { program: string; debianPackage: string };

/** How to run an engine for one article. */
export type Invocation = {
  command: string;
  args: string[];
  /** The engine writes the WAV to its standard output rather than to the WAV file. */
  wavOnStdout: boolean;
};

/** A text-to-speech engine. */
export type Engine = {
  /** How summaries and the recording's tag name it, e.g. "espeak-ng vi". */
  label: string;
  /** Programs that must be installed to use it. */
  requires: Requirement[];
  /** The process that reads `textFile` (also given on its standard input) and writes `wavFile`. */
  invocation(textFile: string, wavFile: string): Invocation;
};

/** The engine used when `--engine` is not given. */
export const DEFAULT_ENGINE = 'espeak-ng';

/**
 * espeak-ng's rate in words a minute. Its Vietnamese voice takes a syllable for a word: at 160 it
 * reads part 3 of the sample series (788 syllables with title and lead) in 3 min 59 s, about 200
 * syllables a minute, a little slower than a news reader, which a machine voice needs to stay
 * clear (175, its default, gave 218 a minute; 140 dragged at 172).
 */
export const ESPEAK_WORDS_PER_MINUTE = 160;

/**
 * espeak-ng's amplitude (100 by default): at 100 the Vietnamese voice clipped 1,422 samples of
 * that part at full scale; at 70 its loudest peak is -1.6 dB and nothing clips.
 */
export const ESPEAK_AMPLITUDE = 70;

const FFMPEG: Requirement = { program: 'ffmpeg', debianPackage: 'ffmpeg' };
const FFPROBE: Requirement = { program: 'ffprobe', debianPackage: 'ffmpeg' };

/** What every narration needs besides its engine: ffmpeg encodes, ffprobe reads the duration. */
export const ENCODER_REQUIREMENTS: Requirement[] = [FFMPEG, FFPROBE];

/**
 * The engine an `--engine` value names, or why it names none:
 * - `espeak-ng` (Northern Vietnamese voice) or `espeak-ng:<voice>`, e.g. `espeak-ng:vi-vn-x-south`;
 * - `command:<shell command>`: any engine; `{text}` and `{wav}` in it become the paths of the
 *   text file and the WAV file to write, the text is also on its standard input, and without
 *   `{wav}` the command writes the WAV to its standard output.
 */
export function parseEngine(spec: string): Engine | { error: string } {
  if (spec === 'espeak-ng' || spec.startsWith('espeak-ng:')) {
    const voice = spec.slice('espeak-ng:'.length) || 'vi';
    if (!/^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(voice)) {
      return { error: `"${voice}" is not an espeak-ng voice name (e.g. vi, vi-vn-x-south)` };
    }
    return {
      label: `espeak-ng ${voice}`,
      requires: [{ program: 'espeak-ng', debianPackage: 'espeak-ng' }],
      invocation: (textFile, wavFile) => ({
        command: 'espeak-ng',
        args: [
          ...['-v', voice, '-s', String(ESPEAK_WORDS_PER_MINUTE), '-a', String(ESPEAK_AMPLITUDE)],
          ...['-w', wavFile, '-f', textFile],
        ],
        wavOnStdout: false,
      }),
    };
  }
  if (spec.startsWith('command:')) {
    const template = spec.slice('command:'.length).trim();
    if (template === '') return { error: 'command: needs a shell command after the colon' };
    return {
      label: template.split(/\s+/)[0],
      requires: [],
      invocation: (textFile, wavFile) => ({
        command: 'sh',
        args: [
          '-c',
          template
            .replaceAll('{text}', shellQuote(textFile))
            .replaceAll('{wav}', shellQuote(wavFile)),
        ],
        wavOnStdout: !template.includes('{wav}'),
      }),
    };
  }
  return {
    error: `unknown engine "${spec}" (use espeak-ng, espeak-ng:<voice> or command:"<shell command>")`,
  };
}

/** A path quoted for sh, whatever characters it holds. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The apt-get line that installs the missing programs, e.g. `apt-get install espeak-ng ffmpeg`. */
export function installHint(missing: Requirement[]): string {
  const packages = [...new Set(missing.map((requirement) => requirement.debianPackage))];
  return `apt-get install ${packages.join(' ')}`;
}
