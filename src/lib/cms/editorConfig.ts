/**
 * The browser editor's configuration (Decap CMS), generated from the content schemas: every
 * field of every kind gets its widget, required where the schema requires it, with the
 * schema's patterns and ranges, and a relation picker wherever a field names another entry.
 * Nothing here is written by hand per field but the Vietnamese labels (the strings module) and
 * the few choices a schema cannot say (which ids point where, which text is long).
 */
import { z } from 'zod';
import {
  ArticleSchema,
  AuthorSchema,
  DistrictSchema,
  IdSchema,
  ModelSchema,
  PersonSchema,
  SeriesSchema,
  TopicSchema,
} from '#src/schemas/index.ts';
import { t } from '#src/i18n/vi.ts';
import type { CollectionName } from '../content/sourceFiles.ts';
import type { Site } from '#src/schemas/index.ts';
import { FILE_NAME_KEYS } from './articleFile.ts';

/** One field of the editor, as Decap reads it. */
export type EditorField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  options?: { label: string; value: string }[];
  collection?: CollectionName;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  field?: EditorField;
  fields?: EditorField[];
  format?: string;
  date_format?: string;
  time_format?: string;
  modes?: string[];
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
};

/** One collection: a folder of entries. */
export type EditorCollection = {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'mdx' | 'yaml';
  format: typeof ARTICLE_FORMAT | 'yaml';
  create: true;
  slug: string;
  identifier_field: string;
  path?: string;
  media_folder?: string;
  public_folder?: string;
  summary?: string;
  sortable_fields?: string[];
  fields: EditorField[];
};

/** Where the editor saves: a git host in production, the local folder with `npm run cms`. */
export type EditorBackend = NonNullable<Site['editor']> | { backend: 'local' };

export type EditorConfig = {
  backend: {
    name: string;
    repo?: string;
    branch?: string;
    base_url?: string;
    api_root?: string;
    app_id?: string;
    auth_type?: 'pkce';
  };
  local_backend?: boolean;
  publish_mode: 'editorial_workflow';
  locale: 'vi';
  site_url: string;
  media_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: EditorCollection[];
};

/** The schema of each kind, with the field the editor names its entries by. */
const KINDS = (timeZone: string) =>
  [
    ['articles', ArticleSchema(timeZone), 'title'],
    ['series', SeriesSchema, 'title'],
    ['districts', DistrictSchema, 'name'],
    ['models', ModelSchema, 'name'],
    ['people', PersonSchema, 'name'],
    ['authors', AuthorSchema, 'name'],
    ['topics', TopicSchema, 'name'],
  ] as const;

/** The fields whose ids name an entry of another kind, and of which kind. */
const REFERENCES: Record<string, CollectionName> = {
  author: 'authors',
  series: 'series',
  districts: 'districts',
  district: 'districts',
  models: 'models',
  people: 'people',
  topics: 'topics',
  category: 'topics',
};

/** Text fields written as paragraphs rather than on one line. */
const LONG_TEXT = new Set(['description', 'summary', 'history', 'quote', 'corrections.text']);

/** Files uploaded from the editor, saved next to the article. */
const FILE_FIELDS: Record<string, 'image' | 'file'> = { 'cover.src': 'image', 'audio.src': 'file' };

/** The name of the body's widget, registered by the editor's script. */
export const BODY_WIDGET = 'mdx-source';

/** The name of the articles' file format, registered by the editor's script. */
export const ARTICLE_FORMAT = 'archive-mdx' as const;

/** A date and time as the schemas read it: with its offset, shown in day/month/year. */
const DATE_TIME = {
  widget: 'datetime',
  format: 'YYYY-MM-DDTHH:mm:ssZ',
  date_format: 'DD/MM/YYYY',
  time_format: 'HH:mm',
} as const;

type AnySchema = z.ZodType & { def: { type: string } & Record<string, unknown> };

function labelOf(path: string): string {
  const label = (t.editor.fields as Record<string, string>)[path];
  if (!label) throw new Error(`the editor has no label for the field "${path}" (src/i18n/vi.ts)`);
  return label;
}

function optionLabels(name: string): Record<string, string> {
  if (name === 'kind') return t.kinds;
  return (t.editor.options as Record<string, Record<string, string>>)[name] ?? {};
}

/** Peels optional, default and transforms off a schema, noting whether a value is required. */
function unwrap(schema: AnySchema): { inner: AnySchema; required: boolean; fallback?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = inner.def;
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback = def.defaultValue;
    } else if (def.type !== 'pipe' || isDate(inner)) break;
    inner = (def.type === 'pipe' ? def.in : def.innerType) as AnySchema;
  }
  return { inner, required, fallback };
}

/** The schemas' dates: a string or a Date, read by dateSchema(). */
function isDate(schema: AnySchema): boolean {
  const input = schema.def.in as AnySchema | undefined;
  if (schema.def.type !== 'pipe' || input?.def.type !== 'union') return false;
  const options = input.def.options as AnySchema[];
  return options.some((option) => option.def.type === 'date');
}

/** The widget of one field; throws on a kind of value the editor has no widget for. */
function fieldFor(
  name: string,
  schema: AnySchema,
  parent = '',
  optionalParent = false,
): EditorField {
  const path = parent ? `${parent}.${name}` : name;
  const { inner, required, fallback } = unwrap(schema);
  const hint = (t.editor.hints as Record<string, string>)[path];
  const base = {
    name,
    label: labelOf(path),
    // Inside an optional object (a cover, a recording) nothing can be required: Decap would
    // refuse an article without a cover. The checker still wants the alt text of a cover.
    required: required && !optionalParent,
    ...(hint ? { hint } : {}),
    ...(fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0)
      ? { default: fallback }
      : {}),
  };
  const reference = parent ? undefined : REFERENCES[name];
  if (isDate(inner)) return { ...base, ...DATE_TIME };
  switch (inner.def.type) {
    case 'string':
      if (FILE_FIELDS[path]) return { ...base, widget: FILE_FIELDS[path], choose_url: false };
      if (isId(inner) && reference) return { ...base, ...relation(reference, false) };
      if (isId(inner)) return { ...base, widget: 'string', pattern: idPattern() };
      return { ...base, widget: LONG_TEXT.has(path) ? 'text' : 'string' };
    case 'number': {
      const number = inner as unknown as z.ZodNumber;
      return {
        ...base,
        widget: 'number',
        value_type: number.isInt ? 'int' : 'float',
        ...(Number.isFinite(number.minValue) && Math.abs(number.minValue!) < 1e15
          ? { min: number.minValue! }
          : {}),
        ...(Number.isFinite(number.maxValue) && Math.abs(number.maxValue!) < 1e15
          ? { max: number.maxValue! }
          : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: fallback ?? false };
    case 'enum': {
      const labels = optionLabels(name);
      const values = (inner as unknown as z.ZodEnum).options as string[];
      return {
        ...base,
        widget: 'select',
        options: values.map((value) => ({ value, label: labels[value] ?? value })),
      };
    }
    case 'object':
      return {
        ...base,
        widget: 'object',
        fields: fieldsOf(inner as unknown as z.ZodObject, path, !base.required),
      };
    case 'array': {
      const element = inner.def.element as AnySchema;
      if (isId(element) && reference) return { ...base, ...relation(reference, true) };
      if (element.def.type === 'object')
        return {
          ...base,
          widget: 'list',
          fields: fieldsOf(element as unknown as z.ZodObject, path),
        };
      return { ...base, widget: 'list', field: fieldFor(name, element, parent) };
    }
    default:
      throw new Error(
        `the editor has no widget for the field "${path}" (a ${inner.def.type} in the schema)`,
      );
  }
}

function idPattern(): [string, string] {
  return [IdSchema.def.checks!.map(patternOf).find(Boolean)!, t.editor.idPattern];
}

function patternOf(check: unknown): string | undefined {
  const def = (check as { _zod: { def: { format?: string; pattern?: RegExp } } })._zod.def;
  return def.format === 'regex' ? def.pattern!.source : undefined;
}

const isId = (schema: AnySchema) => (schema as unknown) === IdSchema;

/** A picker of the entries of `collection`, by name (a series by title), saving their ids. */
export function relation(
  collection: CollectionName,
  multiple: boolean,
): Omit<EditorField, 'name' | 'label'> {
  const display = collection === 'series' ? 'title' : 'name';
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [display],
    display_fields: [display],
    multiple,
  };
}

/** The widgets of an object schema's fields, in the schema's order. */
export function fieldsOf(schema: z.ZodObject, parent = '', optionalParent = false): EditorField[] {
  return Object.entries(schema.shape).map(([name, field]) =>
    fieldFor(name, field as AnySchema, parent, optionalParent),
  );
}

/** Settings of the editor that come from the project and the machine, not the schemas. */
export type EditorSettings = {
  backend: EditorBackend;
  /** The content folder's path from the repository's root ("content"; "" when it is the root). */
  contentFolder: string;
  /** The archive's address, for "view on the site". */
  siteUrl: string;
  timeZone: string;
};

/** Where a self-hosted git host answers its API. */
const API_PATHS = { gitlab: '/api/v4', gitea: '/api/v1' } as const;

/** Decap's backend: the git host, or (with `npm run cms`) any, replaced by the local server. */
function gitBackend(backend: EditorBackend): EditorConfig['backend'] {
  if (backend.backend === 'local') return { name: 'git-gateway' };
  return {
    name: backend.backend,
    repo: backend.repo,
    branch: backend.branch,
    ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
    // A self-hosted GitLab or Gitea answers its API on its own address too (Decap would ask
    // gitlab.com's); GitHub's baseUrl is the OAuth helper, its API stays api.github.com.
    ...(backend.baseUrl && backend.backend !== 'github'
      ? { api_root: `${backend.baseUrl.replace(/\/$/, '')}${API_PATHS[backend.backend]}` }
      : {}),
    ...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' as const } : {}),
  };
}

/** An article's fields in the editor, in the schema's order, then its body. */
export function articleFields(timeZone: string): EditorField[] {
  return [
    ...fieldsOf(ArticleSchema(timeZone) as unknown as z.ZodObject),
    {
      name: 'body',
      label: labelOf('body'),
      hint: t.editor.hints.body,
      // The archive's own widget (src/admin/editor.ts): the MDX source as it is, in a plain
      // text box, with a button per component. Decap's Markdown widget rewrites MDX in its
      // rich mode and offers no component buttons in its raw one.
      widget: BODY_WIDGET,
    },
  ];
}

/** The editor's whole configuration. */
export function editorConfig(settings: EditorSettings): EditorConfig {
  const folder = (name: string) => [settings.contentFolder, name].filter(Boolean).join('/');
  const collections = KINDS(settings.timeZone).map(([name, schema, identifier]) => {
    const labels = t.editor.collections[name];
    const common = {
      name,
      label: labels.label,
      label_singular: labels.singular,
      folder: folder(name),
      create: true as const,
      slug: '{{slug}}',
      identifier_field: identifier,
    };
    if (name !== 'articles') {
      const fields = fieldsOf(schema as unknown as z.ZodObject);
      return { ...common, extension: 'yaml' as const, format: 'yaml' as const, fields };
    }
    return {
      ...common,
      extension: 'mdx' as const,
      // The archive's own reader and writer (articleFile.ts): the body byte for byte.
      format: ARTICLE_FORMAT,
      // articles/<year of pubDate in the site's zone>/<id>.mdx: Decap's own {{year}} is the
      // year of saving, in UTC, so the editor's script sets both names before a save.
      slug: `{{fields.${FILE_NAME_KEYS.slug}}}`,
      path: `{{${FILE_NAME_KEYS.year}}}/{{slug}}`,
      // Covers and recordings beside the article.
      media_folder: '',
      public_folder: '',
      summary: "{{title}} ({{pubDate | date('DD/MM/YYYY')}})",
      sortable_fields: ['pubDate', 'title'],
      fields: articleFields(settings.timeZone),
    };
  });
  const { backend } = settings;
  return {
    backend: gitBackend(backend),
    ...(backend.backend === 'local' ? { local_backend: true } : {}),
    publish_mode: 'editorial_workflow',
    locale: 'vi',
    site_url: settings.siteUrl,
    media_folder: folder('media'),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
