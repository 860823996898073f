/** The land and sky of the sample covers: flat SVG shapes on a 1600 × 1000 canvas. */
import type { Rng } from '../bench/prng.ts';

/** The canvas every cover is drawn on; 16:10 fits the article page and feed readers. */
export const WIDTH = 1600;
export const HEIGHT = 1000;

type Point = [number, number];

/** A number short enough to keep the SVG small. */
export const n = (value: number): string => String(Math.round(value * 10) / 10);

/** An open smooth curve through `points` (Catmull-Rom turned into cubic Béziers). */
export function smoothPath(points: Point[]): string {
  let d = `M${n(points[0][0])} ${n(points[0][1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const [p0, p1, p2, p3] = [
      points[i - 1] ?? points[i],
      points[i],
      points[i + 1],
      points[i + 2] ?? points[i + 1],
    ];
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d;
}

/** A sky from `top` to `bottom` colour, with a gradient of its own id. */
export function sky(id: string, top: string, bottom: string): string {
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#${id})"/>`
  );
}

/** A sun with a soft halo. */
export function sun(x: number, y: number, r: number, color: string): string {
  return (
    `<circle cx="${x}" cy="${y}" r="${r * 2.2}" fill="${color}" opacity="0.18"/>` +
    `<circle cx="${x}" cy="${y}" r="${r * 1.5}" fill="${color}" opacity="0.25"/>` +
    `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`
  );
}

/** A few flat clouds between `top` and `bottom`. */
export function clouds(
  rng: Rng,
  count: number,
  top: number,
  bottom: number,
  color = '#ffffff',
): string {
  let svg = '';
  for (let i = 0; i < count; i++) {
    const x = ((i + rng.next() * 0.6) / count) * WIDTH;
    const y = top + rng.next() * (bottom - top);
    const w = 120 + rng.next() * 140;
    svg +=
      `<g fill="${color}" opacity="0.85"><ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(w / 9)}"/>` +
      `<ellipse cx="${n(x - w / 8)}" cy="${n(y - w / 12)}" rx="${n(w / 5)}" ry="${n(w / 8)}"/>` +
      `<ellipse cx="${n(x + w / 7)}" cy="${n(y - w / 14)}" rx="${n(w / 6)}" ry="${n(w / 10)}"/></g>`;
  }
  return svg;
}

/** A range of rounded hills whose tops wander around `base` by up to `rise`, filled to the bottom. */
export function ridge(rng: Rng, base: number, rise: number, color: string, bumps = 6): string {
  const points: Point[] = [];
  for (let i = 0; i <= bumps; i++) {
    points.push([-60 + (i * (WIDTH + 120)) / bumps, base - rng.next() * rise]);
  }
  return `<path d="${smoothPath(points)} L${WIDTH + 60} ${HEIGHT} L-60 ${HEIGHT} Z" fill="${color}"/>`;
}

/** Limestone peaks, steep and rounded, as around Ba Bể: `count` peaks standing on `base`. */
export function karst(rng: Rng, base: number, height: number, color: string, count = 7): string {
  let d = `M-40 ${base}`;
  let x = -40;
  const step = (WIDTH + 80) / count;
  for (let i = 0; i < count; i++) {
    const top = base - height * (0.45 + rng.next() * 0.55);
    const w = step * (0.8 + rng.next() * 0.4);
    d +=
      ` C${n(x + w * 0.25)} ${n(base)} ${n(x + w * 0.2)} ${n(top)} ${n(x + w * 0.5)} ${n(top)}` +
      ` C${n(x + w * 0.8)} ${n(top)} ${n(x + w * 0.75)} ${n(base)} ${n(x + w)} ${n(base)}`;
    x += w;
  }
  return `<path d="${d} L${WIDTH + 40} ${base} L${WIDTH + 40} ${HEIGHT} L-40 ${HEIGHT} Z" fill="${color}"/>`;
}

/** A band of mist across the picture at `y`. */
export function mist(id: string, y: number, height: number, opacity = 0.55): string {
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0"/>` +
    `<stop offset="0.5" stop-color="#fff" stop-opacity="${opacity}"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient></defs>` +
    `<rect x="0" y="${n(y - height / 2)}" width="${WIDTH}" height="${n(height)}" fill="url(#${id})"/>`
  );
}

/**
 * Terraced fields on a slope: `rows` curved steps from `top` down, narrow at the top and as wide
 * as `left`..`right` at the bottom, like contour lines round a hill; each bank shows darker.
 */
export function terraces(
  rng: Rng,
  box: { left: number; right: number; top: number; rowHeight: number; rows: number },
  colors: { fields: string[]; bank: string },
): string {
  const mid = (box.left + box.right) / 2;
  const widest = (box.right - box.left) / 2;
  let svg = '';
  for (let row = 0; row < box.rows; row++) {
    const y = box.top + row * box.rowHeight;
    const half =
      widest * (0.45 + 0.55 * Math.sqrt(row / Math.max(1, box.rows - 1))) + rng.next() * 40;
    const shift = (rng.next() - 0.5) * 60;
    const [left, right] = [mid - half + shift, mid + half + shift];
    const sag = 24 + rng.next() * 30;
    const wobble = () => (rng.next() - 0.5) * 24;
    const edge: Point[] = [
      [left, y + sag],
      [left + (right - left) * 0.3, y + wobble()],
      [left + (right - left) * 0.7, y + wobble()],
      [right, y + sag],
    ];
    const bottom = y + box.rowHeight + sag + 6;
    const topEdge = smoothPath(edge);
    const fill = colors.fields[row % colors.fields.length];
    // Rounded ends: each field curves down to the row below instead of ending in a straight cut.
    svg +=
      `<path d="${topEdge} Q${n(right + 40)} ${n(y + sag + 10)} ${n(right + 60)} ${n(bottom)} ` +
      `L${n(left - 60)} ${n(bottom)} Q${n(left - 40)} ${n(y + sag + 10)} ${n(left)} ${n(y + sag)} Z" fill="${fill}"/>` +
      `<path d="${topEdge}" fill="none" stroke="${colors.bank}" stroke-width="5" stroke-linecap="round"/>`;
  }
  return svg;
}

/**
 * A road or stream running into the picture: a band along `centre` points (near to far) whose
 * width shrinks from `nearWidth` to `farWidth`, measured across x (a band going up the picture)
 * or, with `across: 'y'`, across y (a band running sideways).
 */
export function band(
  centre: Point[],
  nearWidth: number,
  farWidth: number,
  fill: string,
  edge?: string,
  across: 'x' | 'y' = 'x',
): string {
  const curve = (side: 1 | -1) =>
    centre.map(([x, y], i): Point => {
      const w = (side * (nearWidth + ((farWidth - nearWidth) * i) / (centre.length - 1))) / 2;
      return across === 'x' ? [x + w, y] : [x, y + w];
    });
  const left = curve(-1);
  const right = curve(1).reverse();
  const d = `${smoothPath(left)} L${n(right[0][0])} ${n(right[0][1])} ${smoothPath(right).replace(/^M[^C]*/, '')} Z`;
  const stroke = edge ? ` stroke="${edge}" stroke-width="4"` : '';
  return `<path d="${d}" fill="${fill}"${stroke}/>`;
}

/** The ground of the foreground, a gentle rise filled to the bottom. */
export function ground(y: number, color: string, tilt = 0): string {
  return `<path d="M0 ${y + tilt} Q${WIDTH / 2} ${y - 30} ${WIDTH} ${y - tilt} L${WIDTH} ${HEIGHT} L0 ${HEIGHT} Z" fill="${color}"/>`;
}
