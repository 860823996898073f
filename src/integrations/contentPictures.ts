/**
 * The pictures of the content (covers, body images) in `astro build`, without their originals
 * in the bundle. Astro's own loader reads every original and hands its bytes to the bundler,
 * which holds them all until it writes: 2.7 GB at 10,000 articles with a photo each, the whole
 * of the build's memory over budget (BENCHMARKS.md). Here each original is read once for its
 * size and content hash and let go; the file itself is linked into the build folder, where
 * Astro's image step reads it when its cache has no copy, and removed from there unless a page
 * used the original as it is (Astro removes those it transformed; the rest, such as an
 * unpublished article's cover, are removed when the build is done).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'astro';
import { imageMetadata } from 'astro/assets/utils';
import pLimit from 'p-limit';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

/** How Astro marks the import of a content picture (astro/dist/content/consts.js). */
const CONTENT_PICTURE_ID = /^(.*\.(?:jpe?g|png|apng|webp|avif|gif|tiff?))\?astroContentImageFlag$/i;

/** Originals read at once: enough to keep the disk busy, few enough to hold (16 x 0.4 MB). */
const READS_AT_ONCE = 16;

/** Characters Astro replaces in the name of an image file (astro/dist/assets/utils/hash.js). */
const UNSAFE_IN_NAME = /[\u0000-\u001F"#$%&*+,:;<=>?[\]^`{|}\u007F]/g;

/**
 * The build-folder name of an original, as the bundler would name it: its own name, then a hash
 * of its bytes, so that Astro's cache (keyed by this name) knows a picture by its content.
 */
export function originalPictureName(file: string, bytes: Uint8Array, format: string): string {
  const name = path
    .basename(file, path.extname(file))
    .normalize('NFC')
    .replace(UNSAFE_IN_NAME, '_');
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
  return `${name}.${hash}.${format}`;
}

/** The module of one picture: its facts, read like Astro's own (reading a fact marks it used). */
function pictureModule(facts: object, fsPath: string): string {
  const file = JSON.stringify(fsPath);
  return `export default new Proxy(${JSON.stringify(facts)}, {
  get(target, name) {
    if (name === 'clone') return structuredClone(target);
    if (name === 'fsPath') return ${file};
    if (target[name] !== undefined) {
      globalThis.astroAsset?.referencedImages?.add(${file});
      // Per page too, as Astro's own pictures do: a page restored by an incremental build
      // brings back the originals it used.
      globalThis.astroAsset?.recordReferencedImage?.(${file});
    }
    return target[name];
  },
});`;
}

/** Links a file, or copies it where a link cannot be made (another file system). */
function place(from: string, to: string): void {
  if (fs.existsSync(to)) return;
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

/** The plugin and the clean-up after the build, for a build written to `outDir`. */
export function contentPictures(outDir: URL): {
  plugin: VitePlugin;
  removeUnusedOriginals: () => void;
} {
  const assets = path.join(fileURLToPath(outDir), '_astro');
  const linked = new Map<string, string>();
  const limit = pLimit(READS_AT_ONCE);

  const plugin: VitePlugin = {
    name: 'story-archive:content-pictures',
    enforce: 'pre',
    apply: 'build',
    load: {
      filter: { id: CONTENT_PICTURE_ID },
      handler: (id) =>
        limit(async () => {
          const fsPath = CONTENT_PICTURE_ID.exec(id)![1];
          const bytes = await fs.promises.readFile(fsPath);
          const facts = await imageMetadata(bytes, fsPath);
          const name = originalPictureName(fsPath, bytes, facts.format);
          fs.mkdirSync(assets, { recursive: true });
          const target = path.join(assets, name);
          place(fsPath, target);
          linked.set(target, fsPath);
          return { code: pictureModule({ ...facts, src: `/_astro/${name}` }, fsPath) };
        }),
    },
  };

  const removeUnusedOriginals = () => {
    const used = globalThis.astroAsset?.referencedImages;
    for (const [target, fsPath] of linked) {
      if (!used?.has(fsPath)) fs.rmSync(target, { force: true });
    }
  };

  return { plugin, removeUnusedOriginals };
}
