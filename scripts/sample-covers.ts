/**
 * `npm run sample-covers`: draws the sample articles' cover illustrations (scripts/lib/sampleCovers)
 * and saves each as <slug>.jpg next to its article with a `cover:` line in its front matter.
 * `-- --preview <folder>` writes the pictures (and their SVG) there and leaves the content alone.
 * An article whose cover is another file keeps it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { listCollectionFiles, readSourceFile } from '../src/lib/content/sourceFiles.ts';
import { displayPath } from '../src/lib/content/validateContent.ts';
import { flowMapping, setFrontMatterField } from './lib/frontMatterField.ts';
import { COVER_CREDIT, SCENES, sceneSvg } from './lib/sampleCovers/scenes.ts';
import { contentDir } from '../src/lib/shared/environment.ts';

/**
 * JPEG at quality 80 with mozjpeg's encoder: flat colours keep each picture at 25-90 KiB
 * at 1600 × 1000, and the build makes its smaller sizes from it.
 */
async function renderJpeg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
}

/** Runs the command; returns the exit code. */
async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { preview: { type: 'string' } } });
  const shown = (file: string) => displayPath(process.cwd(), file);
  if (values.preview) {
    mkdirSync(values.preview, { recursive: true });
    for (const scene of SCENES) {
      const svg = sceneSvg(scene);
      writeFileSync(path.join(values.preview, `${scene.slug}.svg`), svg);
      const jpeg = await renderJpeg(svg);
      writeFileSync(path.join(values.preview, `${scene.slug}.jpg`), jpeg);
      console.log(`${scene.slug}.jpg (${Math.round(jpeg.length / 1024)} KiB)`);
    }
    return 0;
  }
  const dir = contentDir();
  const articles = new Map(
    listCollectionFiles(dir, 'articles').map((file) => [path.basename(file, '.mdx'), file]),
  );
  let problems = 0;
  let drawn = 0;
  for (const scene of SCENES) {
    const file = articles.get(scene.slug);
    if (!file) {
      console.error(`${scene.slug}: no such article in ${shown(dir)}`);
      problems++;
      continue;
    }
    const src = `./${scene.slug}.jpg`;
    const cover = (readSourceFile(file).data as { cover?: { src?: unknown } } | undefined)?.cover;
    if (cover && cover.src !== src) {
      console.log(`kept ${shown(file)}: it has a cover of its own (${String(cover.src)})`);
      continue;
    }
    const jpeg = await renderJpeg(sceneSvg(scene));
    writeFileSync(path.join(path.dirname(file), `${scene.slug}.jpg`), jpeg);
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      setFrontMatterField(
        text,
        'cover',
        flowMapping({ src, alt: scene.alt, credit: COVER_CREDIT }),
      ),
    );
    drawn++;
    console.log(`${shown(file)} -> ${scene.slug}.jpg (${Math.round(jpeg.length / 1024)} KiB)`);
  }
  console.log(
    `Drew ${drawn} cover${drawn === 1 ? '' : 's'}${problems ? `, ${problems} problem${problems === 1 ? '' : 's'}` : ''}.`,
  );
  return problems ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
