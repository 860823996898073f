/** Indoor pieces of the sample covers: a window on the hills, a table, a notebook, shelves of books. */
import type { Rng } from '../bench/prng.ts';
import { HEIGHT, WIDTH, n, ridge } from './landscape.ts';

/** A wall with a window that looks out on green hills (or a dusk sky when `dusk`). */
export function wallWithWindow(
  rng: Rng,
  wall: string,
  window: { x: number; y: number; w: number; h: number },
  dusk = false,
): string {
  const { x, y, w, h } = window;
  const outside = dusk ? ['#f3b27a', '#7b6a9b', '#5a5f86'] : ['#cfe8f0', '#8fbf9f', '#5f9a6e'];
  return (
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${wall}"/>` +
    `<clipPath id="window"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath>` +
    `<g clip-path="url(#window)"><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${outside[0]}"/>` +
    `<g transform="translate(${x} ${y + h * 0.35}) scale(${n(w / WIDTH)} ${n((h * 0.65) / HEIGHT)})">` +
    ridge(rng, HEIGHT * 0.3, HEIGHT * 0.25, outside[1], 5) +
    ridge(rng, HEIGHT * 0.6, HEIGHT * 0.25, outside[2], 4) +
    `</g></g>` +
    `<rect x="${x - 14}" y="${y - 14}" width="${w + 28}" height="${h + 28}" fill="none" stroke="#8a6446" stroke-width="28"/>` +
    `<path d="M${x + w / 2} ${y} L${x + w / 2} ${y + h} M${x} ${y + h / 2} L${x + w} ${y + h / 2}" stroke="#8a6446" stroke-width="14"/>`
  );
}

/** A wooden table top seen from above at a slant, across the bottom of the picture. */
export function tableTop(y: number, color = '#b07a4f'): string {
  let grain = '';
  for (let gy = y + 40; gy < HEIGHT; gy += 55)
    grain += `<path d="M0 ${gy} Q${WIDTH / 2} ${gy + 12} ${WIDTH} ${gy}" stroke="#9a6943" stroke-width="3" fill="none"/>`;
  return `<rect x="0" y="${y}" width="${WIDTH}" height="${HEIGHT - y}" fill="${color}"/>${grain}<rect x="0" y="${y}" width="${WIDTH}" height="14" fill="#8c5f3c"/>`;
}

/** An open notebook with written lines; the first `ticks` lines have a tick before them. */
export function notebook(x: number, y: number, ticks: number, lines = 6): string {
  let svg =
    `<g transform="translate(${x} ${y}) rotate(-4)"><rect x="-10" y="10" width="620" height="380" rx="10" fill="#6b4a33" opacity="0.35"/>` +
    `<rect x="0" y="0" width="300" height="380" fill="#fbf7ec"/><rect x="300" y="0" width="300" height="380" fill="#f6f0e0"/>` +
    `<path d="M300 0 L300 380" stroke="#d9cfb6" stroke-width="4"/>`;
  for (let i = 0; i < lines; i++) {
    const ly = 60 + i * 52;
    svg += `<path d="M${i < ticks ? 90 : 40} ${ly} L${240 + ((i * 37) % 40)} ${ly}" stroke="#8aa0b5" stroke-width="7" stroke-linecap="round"/>`;
    if (i < ticks)
      svg += `<path d="M36 ${ly - 4} L52 ${ly + 10} L76 ${ly - 18}" stroke="#c0392b" stroke-width="8" fill="none" stroke-linecap="round"/>`;
    svg += `<path d="M340 ${ly} L${520 - ((i * 29) % 60)} ${ly}" stroke="#b8c4cf" stroke-width="6" stroke-linecap="round"/>`;
  }
  return `${svg}</g>`;
}

/** A pen lying at (x, y). */
export function pen(x: number, y: number): string {
  return `<g transform="translate(${x} ${y}) rotate(28)"><rect x="0" y="0" width="230" height="18" rx="9" fill="#24476b"/><path d="M230 0 L262 9 L230 18 Z" fill="#e0c080"/></g>`;
}

/** A cup of tea on its saucer, with steam. */
export function teaCup(x: number, y: number): string {
  return (
    `<ellipse cx="${x}" cy="${y + 30}" rx="110" ry="32" fill="#e8e2d4"/>` +
    `<path d="M${x - 70} ${y - 60} L${x + 70} ${y - 60} L${x + 55} ${y + 20} Q${x} ${y + 40} ${x - 55} ${y + 20} Z" fill="#f7f3ea"/>` +
    `<ellipse cx="${x}" cy="${y - 60}" rx="70" ry="18" fill="#b9a35a"/>` +
    `<path d="M${x - 20} ${y - 90} C${x - 45} ${y - 130} ${x + 5} ${y - 150} ${x - 15} ${y - 195}" stroke="#ffffff" stroke-opacity="0.6" stroke-width="10" fill="none" stroke-linecap="round"/>`
  );
}

/** A thick ledger, closed, its spine worn. */
export function ledger(x: number, y: number): string {
  return (
    `<g transform="translate(${x} ${y}) rotate(-6)"><rect x="0" y="0" width="420" height="300" rx="12" fill="#6d2f2a"/>` +
    `<rect x="0" y="0" width="46" height="300" rx="10" fill="#4f201d"/><rect x="420" y="14" width="16" height="276" fill="#f1e8d2"/>` +
    `<rect x="130" y="90" width="200" height="60" rx="6" fill="#d8b45c" opacity="0.8"/></g>`
  );
}

/** A small wooden box for the fund's money, with a slot and a latch. */
export function moneyBox(x: number, y: number): string {
  return (
    `<rect x="${x}" y="${y}" width="300" height="170" rx="10" fill="#a0683f"/>` +
    `<rect x="${x}" y="${y}" width="300" height="46" rx="10" fill="#8a5634"/>` +
    `<rect x="${x + 100}" y="${y + 16}" width="100" height="12" rx="6" fill="#3b2518"/>` +
    `<rect x="${x + 130}" y="${y + 60}" width="40" height="46" rx="6" fill="#d8b45c"/>`
  );
}

/** A hanging lamp with its warm glow. */
export function lamp(x: number, y: number): string {
  return (
    `<circle cx="${x}" cy="${y + 40}" r="260" fill="#ffe29a" opacity="0.16"/><circle cx="${x}" cy="${y + 40}" r="140" fill="#ffe29a" opacity="0.22"/>` +
    `<path d="M${x} 0 L${x} ${y}" stroke="#3b3b3b" stroke-width="5"/>` +
    `<path d="M${x - 70} ${y + 40} L${x - 30} ${y} L${x + 30} ${y} L${x + 70} ${y + 40} Z" fill="#2f4858"/>` +
    `<circle cx="${x}" cy="${y + 48}" r="20" fill="#fff3c4"/>`
  );
}

/** Shelves full of books of many colours, some leaning. */
export function bookshelf(rng: Rng, x: number, y: number, w: number, shelves: number): string {
  const colors = [
    '#c0392b',
    '#2e86ab',
    '#f1c40f',
    '#27ae60',
    '#8e44ad',
    '#e67e22',
    '#16a085',
    '#d35400',
    '#f4f1de',
    '#3d5a80',
  ];
  const shelfH = 150;
  let svg = `<rect x="${x - 20}" y="${y - 20}" width="${w + 40}" height="${shelves * shelfH + 40}" fill="#7a5236"/>`;
  for (let s = 0; s < shelves; s++) {
    const base = y + (s + 1) * shelfH;
    svg += `<rect x="${x}" y="${base - shelfH}" width="${w}" height="${shelfH - 14}" fill="#5b3b2a"/>`;
    let bx = x + 8;
    while (bx < x + w - 40) {
      const bw = 18 + rng.int(0, 22);
      const bh = 80 + rng.int(0, 45);
      const lean = rng.chance(0.08) ? -8 : 0;
      svg += `<rect x="${bx}" y="${base - 14 - bh}" width="${bw}" height="${bh}" fill="${rng.pick(colors)}" transform="rotate(${lean} ${bx} ${base - 14})"/>`;
      svg += `<rect x="${bx + 3}" y="${base - 14 - bh + 14}" width="${bw - 6}" height="5" fill="#ffffff" opacity="0.35"/>`;
      bx += bw + 3 + (rng.chance(0.1) ? 30 : 0);
    }
    svg += `<rect x="${x - 20}" y="${base - 14}" width="${w + 40}" height="14" fill="#8c5f3c"/>`;
  }
  return svg;
}

/** A plastic stool, seen from the front. */
export function stool(x: number, y: number, color: string): string {
  return (
    `<ellipse cx="${x}" cy="${y - 110}" rx="75" ry="18" fill="${color}"/>` +
    `<path d="M${x - 70} ${y - 108} L${x - 55} ${y} L${x - 35} ${y} L${x - 45} ${y - 100} L${x + 45} ${y - 100} L${x + 35} ${y} L${x + 55} ${y} L${x + 70} ${y - 108} Z" fill="${color}"/>` +
    `<ellipse cx="${n(x)}" cy="${y - 60}" rx="30" ry="14" fill="#000" opacity="0.12"/>`
  );
}
