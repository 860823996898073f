/** Schema issues put in words (Vietnamese, or English for developers), with the field to name and a fix, for `npm run check`. */
import type { z } from 'zod';
import type { ToolMessages } from '#src/i18n/vi.ts';
import { editDistance, quoteIds } from '../shared/closestIds.ts';
import { parseArchiveDate } from '../shared/dates.ts';
import type { ReferencedCollection, References } from './references.ts';

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

/** Problems for a file's schema issues, worded by `say`; a misspelt field is named once, with its right name. */
export function describeIssues(
  issues: z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
  references: References,
  say: ToolMessages,
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
        message: say.schema.unknownField,
        hint: guess ? say.didYouMean(quoteIds([guess])) : say.schema.unknownFieldHint,
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
      say,
    );
    described.push({ field, at: at ?? field, message, hint });
  }
  return described;
}

/** A message and fix for one schema issue about `value`, the value of `field`. */
function describeIssue(
  issue: z.core.$ZodIssue,
  field: (string | number)[],
  value: unknown,
  schema: z.core.$ZodType | undefined,
  reference: ReferencedCollection | undefined,
  say: ToolMessages,
): { message: string; hint?: string; at?: (string | number)[] } {
  const { schema: words } = say;
  const name = String(field.findLast((key) => typeof key === 'string') ?? '');
  const kind = kindOf(schema, reference, say);
  const parent = field.length > 1 ? formatField(field.slice(0, -1)) : undefined;
  const shown = JSON.stringify(value);
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      if (value === undefined)
        return { message: words.required, hint: words.add(name, kind, parent) };
      return { message: words.mustBe(kind, shown), hint: typeHint(schema, name, value, say) };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (value === undefined)
        return {
          message: words.required,
          hint: words.add(name, orList(allowed, say.or), parent),
        };
      const guess = allowed.find((known) => editDistance(String(value), known) <= 2);
      return {
        message: words.mustBe(orList(allowed, say.or), shown),
        hint: guess ? say.didYouMean(quoteIds([guess])) : words.englishWords,
      };
    }
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'number') {
        const bound =
          issue.code === 'too_small'
            ? words.atLeast(Number(issue.minimum))
            : words.atMost(Number(issue.maximum));
        return { message: words.mustBe(bound, shown) };
      }
      // Every text and path of the schemas needs one character at least.
      return {
        message: `${shown}: ${issue.code === 'too_small' ? words.notEmpty : issue.message}`,
      };
    case 'invalid_format': {
      const reason =
        issue.format === 'url' ? words.notUrl : name === 'repo' ? words.notRepo : words.notId;
      return { message: `${shown}: ${reason}` };
    }
    case 'custom': {
      if (isDate(schema) && typeof value === 'string') {
        // Read again for its reason in `say`'s words; the zone changes no reason.
        const reason = parseArchiveDate(value, 'UTC', say.dates);
        return {
          message: typeof reason === 'string' ? reason : issue.message,
          hint: words.hints.date,
        };
      }
      if (value !== undefined)
        return { message: name === 'timezone' ? `${shown}: ${words.notTimeZone}` : issue.message };
      // A field that another one needs, e.g. "series" with "part": shown at the other one's line.
      // The schema's words (src/schemas/article.ts) name the other field; they are not shown.
      const other = /^is required with (\w+)$/.exec(issue.message)?.[1];
      return {
        message: other ? words.requiredWith(other) : issue.message,
        hint: words.add(name, kind, parent, other),
        at: other ? [...field.slice(0, -1), other] : undefined,
      };
    }
    default:
      return { message: `${shown}: ${issue.message}` };
  }
}

/** Whether a field holds a date (a string or a Date, read by dateSchema). */
function isDate(schema: z.core.$ZodType | undefined): boolean {
  const def = schema && defOf(schema);
  return (
    def?.type === 'union' && Boolean(def.options?.some((option) => defOf(option).type === 'date'))
  );
}

/** What a field holds, in words: "text", "a number", "a district id", ... */
function kindOf(
  schema: z.core.$ZodType | undefined,
  reference: ReferencedCollection | undefined,
  say: ToolMessages,
): string {
  const kinds = say.schema.kinds;
  const def = schema && defOf(schema);
  switch (def?.type) {
    case 'string':
      if (reference) return kinds.id(say.collections[reference]);
      return def.format === 'url' ? kinds.url : kinds.text;
    case 'number':
      return kinds.number;
    case 'boolean':
      return kinds.boolean;
    case 'array':
      return reference ? kinds.ids(say.collections[reference]) : kinds.list;
    case 'enum':
      return orList(Object.values(def.entries ?? {}).map(String), say.or);
    case 'union':
      return isDate(schema) ? kinds.date : kinds.value;
    case 'object':
      return kinds.object;
    default:
      return kinds.value;
  }
}

/** How to write a value of the right type in place of `value`. */
function typeHint(
  schema: z.core.$ZodType | undefined,
  name: string,
  value: unknown,
  say: ToolMessages,
): string | undefined {
  const hints = say.schema.hints;
  switch (schema && defOf(schema).type) {
    case 'string':
      return hints.text;
    case 'number':
      return hints.number;
    case 'boolean':
      return hints.boolean(name);
    case 'array':
      return hints.list(name, typeof value === 'string' ? value : hints.listExample);
    case 'union':
      return hints.date;
    case 'object':
      return hints.object;
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

/** "a", "a or b", "a, b or c", with the messages' word for "or". */
function orList(words: string[], or: string): string {
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}`
    : (words[0] ?? '');
}
