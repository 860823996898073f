/** Schema issues put in plain English, with the field to name and a fix, for `npm run check`. */
import type { z } from 'zod';
import { editDistance } from './closestIds.ts';
import { singular, type ReferencedCollection, type References } from './references.ts';

export function formatField(field: (string | number)[]): string {
  if (field.length === 0) return '-';
  return field
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${key}` : key))
    .join('');
}

/** A problem found by a schema: the field to name, the field whose line to show, a message and a fix. */
type Described = {
  field: (string | number)[];
  at: (string | number)[];
  message: string;
  hint?: string;
};

/** Plain-English problems for a file's schema issues; a misspelt field is named once, with its right name. */
export function describeIssues(
  issues: z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
  references: References,
): Described[] {
  const described: Described[] = [];
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const parent = fieldPath(issue.path);
    const present = Object.keys(valueAt(data, parent) ?? {});
    const unused = fieldsOf(schemaAt(schema, parent)).filter((key) => !present.includes(key));
    for (const key of issue.keys) {
      const guess = unused
        .map((known) => ({ known, distance: editDistance(key, known) }))
        .filter(({ distance }) => distance <= 2 && distance < key.length / 2)
        .sort((a, b) => a.distance - b.distance)[0]?.known;
      if (guess) misspelt.add(formatField([...parent, guess]));
      const field = [...parent, key];
      described.push({
        field,
        at: field,
        message: 'is not a known field',
        hint: guess
          ? `did you mean "${guess}"?`
          : 'remove it, or check its spelling against README.md',
      });
    }
  }
  for (const issue of issues) {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys' || misspelt.has(formatField(field))) continue;
    const reference: ReferencedCollection | undefined =
      field.length <= 2 ? references[String(field[0])] : undefined;
    const value = valueAt(data, field);
    const { message, hint, at } = describeIssue(
      issue,
      field,
      value,
      schemaAt(schema, field),
      reference,
    );
    described.push({ field, at: at ?? field, message, hint });
  }
  return described;
}

const DATE_HINT = 'write a date and time that exist, e.g. 2024-04-10 or 2024-04-10T07:00:00+07:00';

/** A plain-English message and fix for one schema issue about `value`, the value of `field`. */
function describeIssue(
  issue: z.core.$ZodIssue,
  field: (string | number)[],
  value: unknown,
  schema: z.core.$ZodType | undefined,
  reference: ReferencedCollection | undefined,
): { message: string; hint?: string; at?: (string | number)[] } {
  const name = String(field.findLast((key) => typeof key === 'string') ?? '');
  const kind = kindOf(schema, reference);
  const where = field.length > 1 ? ` in ${formatField(field.slice(0, -1))}` : '';
  const isDate = kind === DATE_KIND;
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      if (value === undefined)
        return { message: 'is required', hint: `add ${name}: followed by ${kind}${where}` };
      return {
        message: `must be ${kind}, not ${JSON.stringify(value)}`,
        hint: typeHint(schema, name, value),
      };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (value === undefined)
        return {
          message: 'is required',
          hint: `add ${name}: followed by ${orList(allowed)}${where}`,
        };
      const guess = allowed.find((known) => editDistance(String(value), known) <= 2);
      return {
        message: `must be ${orList(allowed)}, not ${JSON.stringify(value)}`,
        hint: guess
          ? `did you mean "${guess}"?`
          : 'write one of these English words as it is spelled here',
      };
    }
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'number') {
        const bound =
          issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
        return { message: `must be ${bound}, not ${JSON.stringify(value)}` };
      }
      return { message: `${JSON.stringify(value)}: ${issue.message}` };
    case 'custom': {
      if (isDate) return { message: issue.message, hint: DATE_HINT };
      if (value !== undefined) return { message: issue.message };
      // A field that another one needs, e.g. "series" with "part": shown at the other one's line.
      const other = /^is required with (\w+)$/.exec(issue.message)?.[1];
      return {
        message: issue.message,
        hint: `add ${name}: followed by ${kind}${where}${other ? `, or remove ${other}` : ''}`,
        at: other ? [...field.slice(0, -1), other] : undefined,
      };
    }
    default:
      return { message: `${JSON.stringify(value)}: ${issue.message}` };
  }
}

const DATE_KIND = 'a date like 2024-04-10';

/** What a field holds, in plain English: "text", "a number", "a district id", ... */
function kindOf(
  schema: z.core.$ZodType | undefined,
  reference: ReferencedCollection | undefined,
): string {
  const def = schema && defOf(schema);
  switch (def?.type) {
    case 'string':
      if (reference) return `${article(singular[reference])} id`;
      return def.format === 'url' ? 'a web address like "https://…"' : 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return reference ? `a list of ${singular[reference]} ids` : 'a list';
    case 'enum':
      return orList(Object.values(def.entries ?? {}).map(String));
    case 'union':
      return def.options?.some((option) => defOf(option).type === 'date') ? DATE_KIND : 'a value';
    case 'object':
      return 'its fields in { }';
    default:
      return 'a value';
  }
}

/** How to write a value of the right type in place of `value`. */
function typeHint(
  schema: z.core.$ZodType | undefined,
  name: string,
  value: unknown,
): string | undefined {
  switch (schema && defOf(schema).type) {
    case 'string':
      return 'put the text in double quotes';
    case 'number':
      return 'write the number in digits, without quotes';
    case 'boolean':
      return `write ${name}: true or ${name}: false`;
    case 'array':
      return `write it in brackets, e.g. ${name}: [${typeof value === 'string' ? value : 'a, b'}]`;
    case 'union':
      return DATE_HINT;
    case 'object':
      return 'write its fields in { }, as in README.md';
    default:
      return undefined;
  }
}

/** The parts of a zod schema's definition that the messages read. */
type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  entries?: Record<string, unknown>;
  format?: string;
};

const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;

/** The schema without optional, default and transform wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? unwrap(inner) : schema;
}

/** The schema of the field at `field` (e.g. ["cover", "alt"]), unwrapped; undefined when there is none. */
function schemaAt(
  schema: z.core.$ZodType,
  field: (string | number)[],
): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const key of field) {
    const def: Def | undefined = current && defOf(current);
    const next: z.core.$ZodType | undefined =
      def?.type === 'object'
        ? def.shape?.[String(key)]
        : def?.type === 'array'
          ? def.element
          : undefined;
    current = next && unwrap(next);
  }
  return current;
}

/** The field names of an object schema; none for anything else. */
function fieldsOf(schema: z.core.$ZodType | undefined): string[] {
  return Object.keys((schema && defOf(schema).shape) ?? {});
}

function fieldPath(issuePath: PropertyKey[]): (string | number)[] {
  return issuePath.map((key) => (typeof key === 'number' ? key : String(key)));
}

export function valueAt(data: unknown, field: (string | number)[]): unknown {
  return field.reduce<unknown>(
    (current, key) =>
      current && typeof current === 'object'
        ? (current as Record<PropertyKey, unknown>)[key]
        : undefined,
    data,
  );
}

/** "a", "a or b", "a, b or c". */
function orList(words: string[]): string {
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
    : (words[0] ?? '');
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
