import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import {
  editorConfig,
  fieldsOf,
  type EditorField,
  type EditorSettings,
} from '#src/lib/cms/editorConfig.ts';
import {
  ArticleSchema,
  AuthorSchema,
  DistrictSchema,
  ModelSchema,
  PersonSchema,
  SeriesSchema,
  SiteSchema,
  TopicSchema,
} from '#src/schemas/index.ts';

const TZ = 'Asia/Ho_Chi_Minh';
const SITE = parse(readFileSync('content/site.yaml', 'utf8'));
const config = editorConfig({
  backend: { backend: 'local' },
  contentFolder: '',
  siteUrl: 'https://example.org',
  timeZone: TZ,
});
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** Every field path of a schema, found by walking it here, independently of the generator. */
function schemaPaths(schema: z.ZodType, parent = ''): string[] {
  let inner = schema as z.ZodType & { def: Record<string, unknown> & { type: string } };
  while (['optional', 'default'].includes(inner.def.type))
    inner = inner.def.innerType as typeof inner;
  if (inner.def.type === 'array') {
    const element = inner.def.element as typeof inner;
    return element.def.type === 'object' ? schemaPaths(element, parent) : [];
  }
  if (inner.def.type !== 'object') return [];
  return Object.entries((inner as unknown as z.ZodObject).shape).flatMap(([name, field]) => {
    const path = parent ? `${parent}.${name}` : name;
    return [path, ...schemaPaths(field as z.ZodType, path)];
  });
}

function widgetPaths(fields: EditorField[], parent = ''): string[] {
  return fields.flatMap((field) => {
    const path = parent ? `${parent}.${field.name}` : field.name;
    return [path, ...(field.fields ? widgetPaths(field.fields, path) : [])];
  });
}

describe('the editor configuration', () => {
  test.each([
    ['articles', ArticleSchema(TZ)],
    ['series', SeriesSchema],
    ['districts', DistrictSchema],
    ['models', ModelSchema],
    ['people', PersonSchema],
    ['authors', AuthorSchema],
    ['topics', TopicSchema],
  ] as const)('gives every field of %s a widget, and no widget without a field', (name, schema) => {
    const widgets = widgetPaths(collection(name).fields).filter((p) => p !== 'body');
    expect(widgets.sort()).toEqual(schemaPaths(schema).sort());
    for (const field of collection(name).fields) expect(field.label, field.name).toMatch(/\p{L}/u);
  });

  test('has a collection for every kind, in the folders the archive reads', () => {
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual([
      ['articles', 'articles'],
      ['series', 'series'],
      ['districts', 'districts'],
      ['models', 'models'],
      ['people', 'people'],
      ['authors', 'authors'],
      ['topics', 'topics'],
    ]);
    const inRepo = editorConfig({
      backend: { backend: 'gitlab', repo: 'toa-soan/kho-bai', branch: 'main', appId: 'a1' },
      contentFolder: 'content',
      siteUrl: 'https://example.org',
      timeZone: TZ,
    });
    expect(inRepo.collections[0].folder).toBe('content/articles');
    expect(inRepo.backend).toEqual({
      name: 'gitlab',
      repo: 'toa-soan/kho-bai',
      branch: 'main',
      app_id: 'a1',
      auth_type: 'pkce',
    });
    expect(inRepo.local_backend).toBeUndefined();
  });

  test("asks a self-hosted GitLab or Gitea for its API on its own address, GitHub's stays", () => {
    const backendOf = (backend: EditorSettings['backend']) =>
      editorConfig({ backend, contentFolder: '', siteUrl: 'https://a.vn', timeZone: TZ }).backend;
    const base = { repo: 'a/b', branch: 'main', baseUrl: 'https://git.bao.vn/' };
    expect(backendOf({ backend: 'gitlab', ...base }).api_root).toBe('https://git.bao.vn/api/v4');
    expect(backendOf({ backend: 'gitea', ...base }).api_root).toBe('https://git.bao.vn/api/v1');
    expect(backendOf({ backend: 'github', ...base })).not.toHaveProperty('api_root');
  });

  test('refuses a repository or a login the git host cannot have', () => {
    const editorOf = (editor: object) =>
      SiteSchema.safeParse({ ...SITE, editor }).error?.issues.map((issue) => issue.path.join('.'));
    expect(editorOf({ backend: 'gitlab', repo: 'bao/toa-soan/kho' })).toBeUndefined();
    expect(editorOf({ backend: 'github', repo: 'bao/toa-soan/kho' })).toEqual(['editor.repo']);
    expect(editorOf({ backend: 'github', repo: 'bao/kho', appId: 'x' })).toEqual(['editor.appId']);
    expect(editorOf({ backend: 'gitea', repo: 'bao/kho', appId: 'x' })).toBeUndefined();
  });

  test('picks every reference from the entries it names, several where the field is a list', () => {
    const picks = Object.fromEntries(
      collection('articles')
        .fields.filter((f) => f.widget === 'relation')
        .map((f) => [f.name, [f.collection, f.multiple]]),
    );
    expect(picks).toEqual({
      author: ['authors', false],
      series: ['series', false],
      districts: ['districts', true],
      models: ['models', true],
      people: ['people', true],
      topics: ['topics', true],
    });
    const model = collection('models').fields;
    expect(model.find((f) => f.name === 'district')).toMatchObject({ collection: 'districts' });
    expect(model.find((f) => f.name === 'category')).toMatchObject({ collection: 'topics' });
    expect(collection('people').fields.find((f) => f.name === 'district')!.widget).toBe('relation');
  });

  test('requires what the schema requires, with its ranges and patterns', () => {
    const article = collection('articles').fields;
    const byName = (name: string) => article.find((f) => f.name === name)!;
    expect(byName('title').required).toBe(true);
    expect(byName('pubDate')).toMatchObject({ required: true, widget: 'datetime' });
    expect(byName('updatedDate').required).toBe(false);
    expect(byName('part')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    // A cover is optional: inside it nothing is required of the editor, the checker still is.
    expect(byName('cover').fields!.find((f) => f.name === 'alt')).toMatchObject({
      required: false,
      hint: expect.stringContaining('Bắt buộc khi có ảnh'),
    });
    const part = collection('series').fields.find((f) => f.name === 'parts')!;
    expect(part.fields!.find((f) => f.name === 'title')!.required).toBe(true);
    expect(byName('cover').fields!.find((f) => f.name === 'src')!.widget).toBe('image');
    expect(byName('draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(byName('formerSlugs').field!.pattern![0]).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    const started = collection('models').fields.find((f) => f.name === 'started')!;
    expect(started).toMatchObject({ min: 1900, max: 2100, required: false });
    const kind = collection('districts').fields.find((f) => f.name === 'kind')!;
    expect(kind.options).toEqual([
      { value: 'city', label: 'Thành phố' },
      { value: 'district', label: 'Huyện' },
      { value: 'town', label: 'Thị xã' },
    ]);
  });

  test('edits an article body as source, saves it in its year folder with pictures beside it', () => {
    const articles = collection('articles');
    expect(articles.fields.at(-1)).toMatchObject({ name: 'body', widget: 'mdx-source' });
    expect(articles).toMatchObject({ extension: 'mdx', format: 'archive-mdx', media_folder: '' });
    // Both names come from the editor's script before a save (articleFileName): the year of
    // pubDate in the site's zone, and the id by the archive's slug rule.
    expect(articles.path).toBe('{{yearfolder}}/{{slug}}');
    expect(articles.slug).toBe('{{fields.fileslug}}');
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'vi' });
    expect(config.local_backend).toBe(true);
  });

  test('refuses a schema field it has no widget or no label for, naming it', () => {
    expect(() => fieldsOf(z.object({ title: z.bigint() }))).toThrow(
      'no widget for the field "title" (a bigint in the schema)',
    );
    expect(() => fieldsOf(z.object({ size: z.string() }))).toThrow('no label for the field "size"');
  });
});
