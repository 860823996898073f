/**
 * Photo-like JPEG covers for the benchmark: 1600x1067, 150-400 KB, deterministic. A few pictures
 * are drawn (a sky, hills and grain like a camera's), and every article gets its own file with its
 * own bytes, so that the build's pipeline, which names and caches files by their content, works
 * on every one as it would on a newsroom's photos.
 */
import sharp from 'sharp';
import { createRng } from './prng.ts';

/** The size of a cover, as a newsroom's camera export might give it. */
export const PHOTO_WIDTH = 1600;
export const PHOTO_HEIGHT = 1067;

const SKIES = ['#9cc3e6', '#c7d9e8', '#e8d3b0', '#aab8c9'];
const LANDS = ['#3a6b35', '#c9a227', '#5b8bb5', '#7a5c3a', '#4f7f3a', '#8c9a5b'];

/** One drawn scene: a gradient sky, two lines of hills, with grain laid over it. */
async function drawPhoto(seed: number): Promise<Buffer> {
  const rng = createRng(seed);
  const [w, h] = [PHOTO_WIDTH, PHOTO_HEIGHT];
  const hill = (y: number) =>
    `M0 ${h * y} Q ${(w * rng.int(20, 40)) / 100} ${h * (y - 0.2)} ${w * 0.55} ${h * (y + 0.02)} T ${w} ${h * (y - 0.05)} V ${h} H 0 Z`;
  const scene = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${rng.pick(SKIES)}"/>` +
      `<stop offset="0.55" stop-color="${rng.pick(LANDS)}"/><stop offset="1" stop-color="#2d2a1e"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/>` +
      `<path d="${hill(0.55)}" fill="${rng.pick(LANDS)}" opacity="0.7"/>` +
      `<path d="${hill(0.72)}" fill="#2f4f2a" opacity="0.8"/></svg>`,
  );
  // Grain: without it a drawing compresses to a tenth of a photo's size.
  const grain = await sharp({
    create: {
      width: w,
      height: h,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .blur(1.2 + (seed % 3) * 0.4)
    .png()
    .toBuffer();
  return sharp(scene)
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** `count` distinct photos drawn from `seed`. */
export function drawPhotos(seed: number, count: number): Promise<Buffer[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => drawPhoto(seed * 31 + i)));
}

/**
 * The same photo with bytes of its own: a JPEG comment (COM segment) naming `label`, right after
 * the start-of-image marker. Decoders skip comments; content hashes do not.
 */
export function uniquePhoto(photo: Buffer, label: string): Buffer {
  const text = Buffer.from(label, 'utf8');
  const header = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  return Buffer.concat([photo.subarray(0, 2), header, text, photo.subarray(2)]);
}
