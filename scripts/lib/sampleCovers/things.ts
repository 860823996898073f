/** The things in the sample covers' scenes, each drawn at (x, y) = where it stands, scaled by s. */
import type { Rng } from '../bench/prng.ts';
import { n } from './landscape.ts';

/** Wraps shapes drawn around the origin so that they stand at (x, y) at scale s. */
const at = (x: number, y: number, s: number, body: string, mirrored = false): string =>
  `<g transform="translate(${n(x)} ${n(y)}) scale(${n(mirrored ? -s : s)} ${n(s)})">${body}</g>`;

/** A round-crowned tree. */
export function tree(x: number, y: number, s: number, leaf: string, trunk = '#6b4a33'): string {
  return at(
    x,
    y,
    s,
    `<rect x="-6" y="-60" width="12" height="60" fill="${trunk}"/>` +
      `<circle cx="0" cy="-85" r="42" fill="${leaf}"/><circle cx="-26" cy="-62" r="26" fill="${leaf}"/>` +
      `<circle cx="26" cy="-64" r="28" fill="${leaf}"/>`,
  );
}

/** A slim tree of a planted forest (acacia, mỡ), drawn as a tall leaf shape. */
export function slimTree(x: number, y: number, s: number, leaf: string, trunk = '#5b4030'): string {
  return at(
    x,
    y,
    s,
    `<rect x="-3" y="-30" width="6" height="30" fill="${trunk}"/>` +
      `<path d="M0 -130 C28 -100 30 -50 0 -24 C-30 -50 -28 -100 0 -130 Z" fill="${leaf}"/>`,
  );
}

/** A row of slim trees along a line from (x0, y0) to (x1, y1), jittered, shrinking with distance. */
export function treeRow(
  rng: Rng,
  from: [number, number],
  to: [number, number],
  count: number,
  s: number,
  leaves: string[],
): string {
  let svg = '';
  for (let i = 0; i < count; i++) {
    const t = (i + rng.next() * 0.5) / count;
    const x = from[0] + (to[0] - from[0]) * t;
    const y = from[1] + (to[1] - from[1]) * t + rng.next() * 10;
    svg += slimTree(x, y, s * (0.8 + rng.next() * 0.4), rng.pick(leaves));
  }
  return svg;
}

/** A house on stilts (nhà sàn) of the Tày: posts, a floor, wooden walls and a big hipped roof. */
export function stiltHouse(
  x: number,
  y: number,
  s: number,
  roof = '#7a4e36',
  wall = '#c89a64',
): string {
  let posts = '';
  for (const px of [-110, -55, 0, 55, 110])
    posts += `<rect x="${px - 5}" y="-70" width="10" height="70" fill="#5b4030"/>`;
  return at(
    x,
    y,
    s,
    posts +
      `<rect x="-130" y="-82" width="260" height="14" fill="#6b4a33"/>` +
      `<rect x="-115" y="-160" width="230" height="80" fill="${wall}"/>` +
      `<rect x="-80" y="-140" width="36" height="34" fill="#4a3326"/><rect x="40" y="-140" width="36" height="34" fill="#4a3326"/>` +
      `<path d="M-175 -150 L-95 -235 L95 -235 L175 -150 Z" fill="${roof}"/>` +
      `<path d="M-175 -150 L175 -150" stroke="#4a3326" stroke-width="6"/>` +
      `<path d="M-140 -10 L-110 -82" stroke="#6b4a33" stroke-width="8"/>`,
  );
}

/** A small brick house with a tiled roof. */
export function house(
  x: number,
  y: number,
  s: number,
  wall = '#efe2c6',
  roof = '#b4563a',
  lit = false,
): string {
  const window = lit ? '#ffd66b' : '#5e6f73';
  return at(
    x,
    y,
    s,
    `<rect x="-70" y="-80" width="140" height="80" fill="${wall}"/>` +
      `<rect x="-50" y="-60" width="30" height="28" fill="${window}"/><rect x="22" y="-60" width="30" height="28" fill="${window}"/>` +
      `<rect x="-12" y="-50" width="24" height="50" fill="#7a5a40"/>` +
      `<path d="M-88 -78 L0 -130 L88 -78 Z" fill="${roof}"/>`,
  );
}

/** A village cultural house (nhà văn hóa): a long hall with a porch, lit or not. */
export function hall(x: number, y: number, s: number, lit = false): string {
  const window = lit ? '#ffd66b' : '#6b7d80';
  let windows = '';
  for (const wx of [-150, -95, 65, 120])
    windows += `<rect x="${wx}" y="-100" width="34" height="44" fill="${window}"/>`;
  return at(
    x,
    y,
    s,
    `<rect x="-190" y="-130" width="380" height="130" fill="#f1e4c4"/>` +
      windows +
      `<rect x="-30" y="-110" width="60" height="110" fill="${lit ? '#f2b84b' : '#8a6446'}"/>` +
      `<path d="M-215 -128 L-150 -200 L150 -200 L215 -128 Z" fill="#9c3f2e"/>` +
      `<rect x="-215" y="-132" width="430" height="10" fill="#7c3224"/>` +
      `<rect x="-230" y="-6" width="460" height="12" fill="#b9ad97"/>`,
  );
}

/** Flowers in a bed: dots of `colors` over a green strip from x0 to x1. */
export function flowerBed(
  rng: Rng,
  x0: number,
  x1: number,
  y: number,
  colors: string[],
  size = 1,
): string {
  let svg = `<rect x="${n(x0)}" y="${n(y - 14 * size)}" width="${n(x1 - x0)}" height="${n(16 * size)}" rx="${n(8 * size)}" fill="#4f8a4a"/>`;
  for (let x = x0 + 8 * size; x < x1 - 4 * size; x += 14 * size) {
    svg += `<circle cx="${n(x + rng.next() * 6)}" cy="${n(y - 14 * size - rng.next() * 10 * size)}" r="${n(5.5 * size)}" fill="${rng.pick(colors)}"/>`;
  }
  return svg;
}

/** A small wooden dugout boat with someone paddling, on water at (x, y). */
export function boat(x: number, y: number, s: number, flip = false): string {
  return at(
    x,
    y,
    s,
    `<path d="M-120 -18 Q0 28 120 -18 L100 -4 Q0 22 -100 -4 Z" fill="#6b4a33"/>` +
      `<rect x="-8" y="-70" width="16" height="52" rx="6" fill="#2f4858"/>` +
      `<circle cx="0" cy="-80" r="11" fill="#e0b48a"/><path d="M-24 -82 L0 -104 L24 -82 Z" fill="#e7d3a1"/>` +
      `<path d="M10 -56 L60 10" stroke="#8a6446" stroke-width="5"/>` +
      `<path d="M-110 6 Q0 34 110 6" stroke="#ffffff" stroke-opacity="0.45" stroke-width="4" fill="none"/>`,
    flip,
  );
}

/** A plastic-covered greenhouse (nhà màng), seen from the end. */
export function greenhouse(x: number, y: number, s: number): string {
  let ribs = '';
  for (let rx = -150; rx <= 150; rx += 50)
    ribs += `<path d="M${rx} 0 L${rx} -90" stroke="#c9d8d2" stroke-width="4"/>`;
  return at(
    x,
    y,
    s,
    `<path d="M-160 0 L-160 -90 Q0 -170 160 -90 L160 0 Z" fill="#eef4f1" opacity="0.92"/>` +
      ribs +
      `<path d="M-160 -90 Q0 -170 160 -90" stroke="#b8cbc4" stroke-width="6" fill="none"/>` +
      `<rect x="-150" y="-26" width="300" height="26" fill="#7fb069" opacity="0.8"/>`,
  );
}

/** A wooden beehive on its stand. */
export function beehive(x: number, y: number, s: number): string {
  return at(
    x,
    y,
    s,
    `<rect x="-40" y="-40" width="8" height="40" fill="#5b4030"/><rect x="32" y="-40" width="8" height="40" fill="#5b4030"/>` +
      `<rect x="-55" y="-110" width="110" height="72" fill="#d9a441"/>` +
      `<rect x="-55" y="-84" width="110" height="6" fill="#b9822c"/>` +
      `<path d="M-66 -108 L0 -136 L66 -108 Z" fill="#8c5a3c"/>` +
      `<rect x="-18" y="-48" width="36" height="6" fill="#4a3326"/>`,
  );
}

/** A few bees, tiny dots with wings, around (x, y). */
export function bees(rng: Rng, x: number, y: number, count: number): string {
  let svg = '';
  for (let i = 0; i < count; i++) {
    const bx = x + (rng.next() - 0.5) * 220;
    const by = y + (rng.next() - 0.5) * 120;
    svg +=
      `<ellipse cx="${n(bx - 4)}" cy="${n(by - 5)}" rx="5" ry="3" fill="#ffffff" opacity="0.8"/>` +
      `<ellipse cx="${n(bx)}" cy="${n(by)}" rx="6" ry="4" fill="#3b2e1e"/>`;
  }
  return svg;
}

/** A white van with a green stripe, seen from the side, facing right. */
export function van(x: number, y: number, s: number): string {
  return at(
    x,
    y,
    s,
    `<path d="M-150 -20 L-150 -120 L70 -120 L120 -70 L150 -60 L150 -20 Z" fill="#f7f7f2"/>` +
      `<path d="M75 -112 L112 -72 L75 -72 Z" fill="#8fb8c9"/><rect x="-130" y="-108" width="70" height="36" fill="#8fb8c9"/>` +
      `<rect x="-40" y="-108" width="90" height="36" fill="#8fb8c9"/>` +
      `<rect x="-150" y="-62" width="300" height="12" fill="#3f8f6b"/>` +
      `<circle cx="-90" cy="-18" r="26" fill="#2b2b2b"/><circle cx="-90" cy="-18" r="11" fill="#bdbdbd"/>` +
      `<circle cx="95" cy="-18" r="26" fill="#2b2b2b"/><circle cx="95" cy="-18" r="11" fill="#bdbdbd"/>`,
  );
}

/** A motorbike, side view, facing left. */
export function motorbike(x: number, y: number, s: number, body = '#3a6ea5'): string {
  return at(
    x,
    y,
    s,
    `<circle cx="-55" cy="-24" r="24" fill="none" stroke="#2b2b2b" stroke-width="9"/>` +
      `<circle cx="55" cy="-24" r="24" fill="none" stroke="#2b2b2b" stroke-width="9"/>` +
      `<path d="M-55 -24 L-30 -70 L-45 -80" stroke="#555" stroke-width="7" fill="none"/>` +
      `<path d="M-30 -60 L40 -60 L60 -30 L-10 -30 Z" fill="${body}"/><rect x="0" y="-74" width="50" height="14" rx="6" fill="#2b2b2b"/>`,
  );
}

/** A small single-storey office with a blue roof and a signboard without words. */
export function office(x: number, y: number, s: number): string {
  return at(
    x,
    y,
    s,
    `<rect x="-200" y="-140" width="400" height="140" fill="#f4efe2"/>` +
      `<rect x="-170" y="-110" width="60" height="60" fill="#7fa7bf"/><rect x="110" y="-110" width="60" height="60" fill="#7fa7bf"/>` +
      `<rect x="-40" y="-110" width="80" height="110" fill="#5a7d95"/>` +
      `<rect x="-90" y="-172" width="180" height="30" fill="#e9c46a"/>` +
      `<path d="M-225 -140 L-170 -205 L170 -205 L225 -140 Z" fill="#2f6690"/>` +
      `<rect x="-235" y="-4" width="470" height="10" fill="#c2b8a3"/>`,
  );
}

/** A low school building with classroom windows and a kitchen hut whose smoke rises. */
export function school(x: number, y: number, s: number): string {
  let windows = '';
  for (let wx = -240; wx <= 180; wx += 70)
    windows += `<rect x="${wx}" y="-85" width="40" height="40" fill="#6f8f9e"/>`;
  return at(
    x,
    y,
    s,
    `<rect x="-270" y="-110" width="500" height="110" fill="#f3e6b3"/>` +
      windows +
      `<path d="M-290 -108 L-250 -160 L210 -160 L250 -108 Z" fill="#a44a3f"/>` +
      `<rect x="260" y="-80" width="150" height="80" fill="#a88a6a"/>` +
      `<path d="M250 -78 L335 -120 L420 -78 Z" fill="#8f9ba1"/>` +
      `<rect x="310" y="-55" width="40" height="55" fill="#4a3326"/>` +
      `<path d="M360 -115 C330 -170 400 -200 360 -260 C330 -300 380 -330 350 -380" stroke="#ffffff" stroke-opacity="0.7" stroke-width="26" stroke-linecap="round" fill="none"/>`,
  );
}

/** The railing of a small concrete bridge along a road edge from `from` to `to`. */
export function bridgeRailing(from: [number, number], to: [number, number]): string {
  const [x0, y0] = from;
  const [x1, y1] = to;
  let posts = '';
  const count = Math.max(2, Math.round((x1 - x0) / 45));
  for (let i = 0; i <= count; i++) {
    const x = x0 + ((x1 - x0) * i) / count;
    const y = y0 + ((y1 - y0) * i) / count;
    posts += `<rect x="${n(x - 3.5)}" y="${n(y - 38)}" width="7" height="40" fill="#b8b3a7"/>`;
  }
  return (
    posts +
    `<path d="M${n(x0)} ${n(y0 - 38)} L${n(x1)} ${n(y1 - 38)}" stroke="#cfc9bb" stroke-width="9" stroke-linecap="round"/>`
  );
}

/** Building work: a sand pile, cement bags, a wheelbarrow and a shovel. */
export function roadWorks(x: number, y: number, s: number): string {
  return at(
    x,
    y,
    s,
    `<path d="M-260 0 Q-190 -110 -110 0 Z" fill="#e2c27c"/>` +
      `<rect x="-90" y="-40" width="60" height="36" rx="8" fill="#eeeeee"/><rect x="-70" y="-70" width="60" height="34" rx="8" fill="#e4e4e4"/>` +
      `<path d="M20 -60 L140 -60 L120 -20 L40 -20 Z" fill="#5c8d89"/>` +
      `<circle cx="80" cy="-12" r="14" fill="#2b2b2b"/><path d="M140 -60 L200 -90" stroke="#6b4a33" stroke-width="8"/>` +
      `<path d="M230 -130 L260 0" stroke="#8a6446" stroke-width="7"/><path d="M248 -10 L272 -10 L268 18 L252 18 Z" fill="#707070"/>`,
  );
}

/** A buffalo pulling a plough, led by a farmer, on a terrace at (x, y), facing left. */
export function buffaloPlough(x: number, y: number, s: number): string {
  return at(
    x,
    y,
    s,
    `<ellipse cx="0" cy="-60" rx="80" ry="40" fill="#4a4a4f"/>` +
      `<rect x="-60" y="-40" width="14" height="40" fill="#3d3d42"/><rect x="-30" y="-40" width="14" height="40" fill="#3d3d42"/>` +
      `<rect x="30" y="-40" width="14" height="40" fill="#3d3d42"/><rect x="55" y="-40" width="14" height="40" fill="#3d3d42"/>` +
      `<ellipse cx="-92" cy="-70" rx="30" ry="22" fill="#4a4a4f"/>` +
      `<path d="M-110 -86 Q-140 -110 -118 -120 M-80 -88 Q-58 -112 -78 -122" stroke="#d8d0c0" stroke-width="7" fill="none"/>` +
      `<path d="M75 -70 L160 -20 L175 0" stroke="#6b4a33" stroke-width="8" fill="none"/>` +
      `<rect x="172" y="-110" width="22" height="70" rx="8" fill="#2f4858"/><circle cx="183" cy="-122" r="12" fill="#e0b48a"/>` +
      `<path d="M160 -124 L183 -146 L206 -124 Z" fill="#e7d3a1"/><rect x="174" y="-40" width="8" height="40" fill="#2f4858"/>` +
      `<rect x="186" y="-40" width="8" height="40" fill="#2f4858"/>`,
  );
}

/** A fire-watch hut on stilts on a hilltop. */
export function watchTower(x: number, y: number, s: number): string {
  return at(
    x,
    y,
    s,
    `<path d="M-40 0 L-25 -160 M40 0 L25 -160 M-34 -60 L34 -110 M34 -60 L-34 -110" stroke="#5b4030" stroke-width="8"/>` +
      `<rect x="-45" y="-210" width="90" height="55" fill="#c89a64"/><rect x="-25" y="-198" width="50" height="24" fill="#4a3326"/>` +
      `<path d="M-62 -208 L0 -250 L62 -208 Z" fill="#7a4e36"/>`,
  );
}

/** A branch of peach blossom reaching down and in from the top edge at (x, y). */
export function peachBranch(rng: Rng, x: number, y: number, s: number): string {
  // Points along the two quadratic curves of the branch and its twig, for the flowers to sit on.
  const along = (p0: number[], p1: number[], p2: number[], t: number) =>
    [0, 1].map((k) => (1 - t) ** 2 * p0[k] + 2 * (1 - t) * t * p1[k] + t ** 2 * p2[k]);
  const curves = [
    [
      [40, -20],
      [-160, 40],
      [-460, 170],
    ],
    [
      [-220, 70],
      [-250, 150],
      [-360, 210],
    ],
    [
      [-90, 20],
      [-120, -40],
      [-230, -60],
    ],
  ];
  let flowers = '';
  for (const [p0, p1, p2] of curves) {
    for (let i = 0; i < 14; i++) {
      const [fx, fy] = along(p0, p1, p2, 0.15 + (i / 14) * 0.85);
      const r = 9 + rng.next() * 8;
      const color = rng.pick(['#f4a6b8', '#f7c1cf', '#ee8fa6']);
      flowers += `<circle cx="${n(fx + (rng.next() - 0.5) * 40)}" cy="${n(fy + (rng.next() - 0.5) * 40)}" r="${n(r)}" fill="${color}"/>`;
    }
  }
  const path = curves.map(([p0, p1, p2]) => `M${p0} Q${p1} ${p2}`).join(' ');
  return at(
    x,
    y,
    s,
    `<path d="${path}" stroke="#5b3b2e" stroke-width="11" fill="none" stroke-linecap="round"/>` +
      flowers,
  );
}

/** A bamboo carrying basket (gùi). */
export function basket(x: number, y: number, s: number): string {
  let weave = '';
  for (let wy = -70; wy < 0; wy += 14)
    weave += `<path d="M${-38 + (wy + 80) / 6} ${wy} L${38 - (wy + 80) / 6} ${wy}" stroke="#9c7a45" stroke-width="3"/>`;
  return at(
    x,
    y,
    s,
    `<path d="M-45 -80 L45 -80 L28 0 L-28 0 Z" fill="#d6b676"/>` +
      weave +
      `<path d="M-30 -80 Q0 -130 30 -80" stroke="#8a6446" stroke-width="5" fill="none"/>`,
  );
}
