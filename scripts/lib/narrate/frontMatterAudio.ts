/** The `audio:` field a narration writes into an article's front matter. */
import { flowMapping, setFrontMatterField } from '../frontMatterField.ts';

/** A recording as the article schema has it: a file next to the article and whole seconds. */
export type AudioField = { src: string; duration: number };

/** `text` (a whole MDX file) with its `audio:` line written or replaced; every other byte kept. */
export function withAudio(text: string, audio: AudioField): string {
  return setFrontMatterField(
    text,
    'audio',
    flowMapping({ src: audio.src, duration: audio.duration }),
  );
}
