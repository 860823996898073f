/** Formatting of figures and plain-text tables (Markdown-compatible, so they paste into BENCHMARKS.md). */

const UNITS = ['B', 'KiB', 'MiB', 'GiB'];

/** Bytes in binary units: "812 B", "14.2 KiB", "1.31 GiB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  return `${value.toFixed(value >= 100 || unit < 3 ? 1 : 2)} ${UNITS[unit]}`;
}

/** Seconds: "0.123 s" below 1 s, else "12.3 s". */
export function formatSeconds(seconds: number): string {
  return seconds < 1 ? `${seconds.toFixed(3)} s` : `${seconds.toFixed(1)} s`;
}

/** A whole number with thousands separators: "10,000". */
export function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** "a / b" as "1.23x"; "—" when either side is missing or b is zero. */
export function formatRatio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || b === 0 || !Number.isFinite(a / b)) return '—';
  return `${(a / b).toFixed(2)}x`;
}

/** A Markdown table with every column padded to its widest cell. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length), 3),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
