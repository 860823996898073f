/** A tiny YAML writer for flat records, in the style of the sample content (flow lists, quoted text). */

/** A value of a generated field: text, a number, a flag or a list of text. */
export type YamlValue = string | number | boolean | readonly string[] | undefined;

const PLAIN =
  /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d|Z)?)?)$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off']);

/** One scalar: ids and dates as they are, any other text double-quoted (JSON is valid YAML). */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !RESERVED.has(value) ? value : JSON.stringify(value);
}

/** `key: value` lines for every defined field, lists written as `[a, b]`. */
export function yamlRecord(record: Record<string, YamlValue>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? `[${value.map(yamlScalar).join(', ')}]`
      : yamlScalar(value as string | number | boolean);
    lines.push(`${key}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
