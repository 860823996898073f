/**
 * The browser editor's own parts, registered with Decap CMS before it starts (bundled for the
 * browser by the editor integration; setup.ts asked Decap to wait).
 */
import {
  editorComponents,
  componentSource,
  type EditorComponent,
} from '../lib/cms/editorComponents.ts';
import { ARTICLE_FORMAT, BODY_WIDGET, articleFields } from '../lib/cms/editorConfig.ts';
import {
  FILE_NAME_KEYS,
  articleFileName,
  articleFileText,
  readArticleFile,
} from '../lib/cms/articleFile.ts';
import {
  EDITOR_DATA_ID,
  GUIDE_PATH,
  type EditorCard,
  type EditorPageData,
} from '../lib/cms/adminPage.ts';
import { previewBody, type BodyPreview } from '../lib/cms/previewBody.ts';
import { articleProblems } from '../lib/cms/articleProblems.ts';
import { mergePhrases, type Phrases } from '../lib/cms/editorLocale.ts';
import type { CardLookup } from '../lib/body/drawComponents.ts';
import { MDX_COMPONENTS } from '../lib/body/components.ts';
import { t } from '../i18n/vi.ts';

/** The few parts of Decap's API used here; its data are Immutable.js maps and lists. */
type ImmutableValue = {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableValue;
  map(f: (item: ImmutableValue) => unknown): ImmutableValue;
  filter(keep: (value: unknown) => boolean): ImmutableValue;
  every(test: (value: unknown) => boolean): boolean;
};

const isCollection = (value: unknown): value is ImmutableValue =>
  typeof value === 'object' && value !== null && 'every' in value && 'filter' in value;
/** An Immutable List (a list field) rather than a Map (an object field). */
const isList = (value: ImmutableValue) => 'push' in value;

/** A value the editor leaves behind for a field nobody filled: "", or an object of such. */
function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return isCollection(value) && !isList(value) && value.every(isBlank);
}

/**
 * Leaves out of a data file what nobody filled: an empty text or object would be written as ""
 * or { ...: "" }, which the checker refuses. Lists stay. (Articles: their writer does this.)
 */
function withoutBlanks(value: unknown): unknown {
  if (!isCollection(value) || isList(value)) return value;
  return value.map(withoutBlanks).filter((field) => !isBlank(field));
}

type Decap = {
  init(): void;
  registerWidget(name: string, control: unknown): void;
  registerEditorComponent(component: EditorComponent): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: {
      fromFile(text: string): object;
      toFile(data: Record<string, unknown>): string;
    },
  ): void;
  registerPreviewStyle(url: string): void;
  registerLocale(locale: string, phrases: Phrases): void;
  getLocale(locale: string): Phrases | undefined;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerEventListener(listener: {
    name: 'preSave' | 'prePublish';
    handler: (event: { entry: ImmutableValue }) => ImmutableValue | void;
  }): void;
};

const decap = (window as unknown as { CMS: Decap }).CMS;
const page: EditorPageData = JSON.parse(
  document.getElementById(EDITOR_DATA_ID)?.textContent ?? '{}',
);
const { timeZone } = page;

// Articles are read and written by the archive's own code: the body byte for byte, the front
// matter in the sample's style, dates in the site's zone whatever the browser's.
const fields = articleFields(timeZone);
decap.registerCustomFormat(ARTICLE_FORMAT, 'mdx', {
  fromFile: readArticleFile,
  toFile: (data) => articleFileText(data, fields, timeZone),
});

decap.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data') as ImmutableValue;
    if (entry.get('collection') !== 'articles') return withoutBlanks(data) as ImmutableValue;
    // Names for Decap's path template: the year of pubDate in the site's zone, the id by the
    // archive's slug rule. The writer leaves them out of the file.
    const name = articleFileName(
      { title: data.get('title'), pubDate: data.get('pubDate') },
      timeZone,
    );
    return data.set(FILE_NAME_KEYS.year, name.year).set(FILE_NAME_KEYS.slug, name.slug);
  },
});

/** What the checker would refuse in an entry of the articles ("field: message"). */
function problemsOf(entry: ImmutableValue, body: BodyPreview): string[] {
  const data = entry.get('data') as ImmutableValue;
  const slug = entry.get('slug');
  return articleProblems(
    { series: data.get('series'), part: data.get('part') },
    body,
    typeof slug === 'string' && slug ? slug : undefined,
    page.parts,
  );
}

/** An entry's body drawn as the preview draws it, pictures at their own addresses. */
function drawnBody(entry: ImmutableValue, pictureUrl = (src: string) => src): BodyPreview {
  const body = (entry.get('data') as ImmutableValue).get('body');
  return previewBody(typeof body === 'string' ? body : '', cardLookup, pictureUrl);
}

/** An error Decap shows as its message alone (it writes `${error}`, "Error: ..." otherwise). */
function refusal(message: string): Error {
  return Object.assign(new Error(message), { toString: () => message });
}

// Nothing the build would refuse is published: the journalist reads why, in the checker's words
// (a draft can still be saved; the pipeline's check runs on everything anyway).
decap.registerEventListener({
  name: 'prePublish',
  handler: ({ entry }) => {
    if (entry.get('collection') !== 'articles') return;
    const problems = problemsOf(entry, drawnBody(entry));
    if (problems.length) throw refusal(t.editor.cannotPublish(problems));
  },
});

// Components recognised in a body (for Decap's own Markdown views too).
for (const component of editorComponents()) decap.registerEditorComponent(component);
decap.registerWidget(BODY_WIDGET, bodyControl());
// The preview: the article drawn by the site's own code, in the site's stylesheet.
if (page.previewStyle) decap.registerPreviewStyle(page.previewStyle);
decap.registerPreviewTemplate('articles', articlePreview());

// Decap's Vietnamese, with what it leaves in English translated from the strings module.
decap.registerLocale('vi', mergePhrases(decap.getLocale('vi') ?? {}, t.editor.decapLocale));

decap.init();

/** React, as Decap's bundle lends it to custom widgets. */
type CreateElement = (type: string, props: object | null, ...children: unknown[]) => unknown;
/** React's element and class helpers, as Decap's bundle lends them to the page. */
function react() {
  return window as unknown as { h: CreateElement; createClass: (spec: object) => unknown };
}

/** A card by id, from the cards the page lists. */
const cardLookup: CardLookup = (collection, id) => page.cards[collection].find((c) => c.id === id);

type PreviewProps = {
  entry: ImmutableValue;
  getAsset(path: string): { toString(): string } | undefined;
};

/** The preview of an article: its headline, cover, lead and body as its page shows them. */
function articlePreview(): unknown {
  const { h, createClass } = react();
  return createClass({
    render(this: { props: PreviewProps }) {
      const data = this.props.entry.get('data') as ImmutableValue;
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      const url = (src: string) => String(this.props.getAsset(src) ?? src);
      const cover = data.get('cover') as ImmutableValue | undefined;
      const coverSrc = text(cover?.get('src'));
      const body = drawnBody(this.props.entry, url);
      const problems = problemsOf(this.props.entry, body);
      return h(
        'article',
        { className: 'mx-auto max-w-3xl px-4 py-6' },
        h(
          'h1',
          { className: 'mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl' },
          text(data.get('title')),
        ),
        coverSrc
          ? h('img', {
              src: url(coverSrc),
              alt: text(cover?.get('alt')),
              className: 'mt-4 h-auto w-full rounded',
            })
          : null,
        h(
          'p',
          { className: 'mt-4 font-serif text-lg leading-relaxed font-semibold' },
          h('span', { className: 'text-accent' }, `${page.dateline} - `),
          text(data.get('description')),
        ),
        problems.length
          ? h(
              'div',
              { role: 'alert', className: 'mt-6 rounded border border-accent px-3 py-2 text-sm' },
              h('p', { className: 'font-semibold' }, t.editor.problemsTitle),
              h('ul', null, ...problems.map((problem) => h('li', { key: problem }, problem))),
            )
          : null,
        'html' in body
          ? h('div', {
              className: 'prose mt-6 max-w-none sm:prose-lg',
              dangerouslySetInnerHTML: { __html: body.html },
            })
          : null,
      );
    },
  });
}
type WidgetProps = {
  value?: string;
  forID: string;
  classNameWrapper: string;
  onChange(value: string): void;
};

/**
 * The body's widget: the MDX source in a plain text box, kept byte for byte, and a toolbar that
 * inserts each component at the cursor (cards by picking a model or a person).
 */
function bodyControl(): unknown {
  const { h, createClass } = react();
  const placeholder = (prop: string) =>
    (t.editor.componentProps as Record<string, string>)[prop] ?? prop;
  const blocks = Object.entries(MDX_COMPONENTS)
    .filter(([, spec]) => !spec.reference)
    .map(([name, spec]) => {
      const props = Object.fromEntries(
        [...spec.required, ...spec.optional].map((prop) => [prop, placeholder(prop)]),
      );
      const source = componentSource(name, spec, { ...props, body: '…' });
      return { name, label: (t.editor.components as Record<string, string>)[name], source };
    });
  return createClass({
    insert(this: { props: WidgetProps; box?: HTMLTextAreaElement }, snippet: string) {
      const value = this.props.value ?? '';
      const start = this.box?.selectionStart ?? value.length;
      const end = this.box?.selectionEnd ?? value.length;
      const before = value.slice(0, start);
      const gap =
        before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
      this.props.onChange(`${before}${gap}${snippet}\n${value.slice(end)}`);
    },
    render(this: { props: WidgetProps; box?: HTMLTextAreaElement; insert(s: string): void }) {
      const button = (label: string, source: string) =>
        h(
          'button',
          { type: 'button', key: label, onClick: () => this.insert(source), style: BUTTON },
          label,
        );
      const picker = (label: string, name: 'ModelCard' | 'PersonCard', list: EditorCard[]) =>
        h(
          'select',
          {
            key: name,
            'aria-label': label,
            value: '',
            style: BUTTON,
            onChange: (event: Event) => {
              const id = (event.target as HTMLSelectElement).value;
              if (id) this.insert(componentSource(name, MDX_COMPONENTS[name], { id }));
            },
          },
          h('option', { value: '' }, label),
          ...list.map((card) => h('option', { value: card.id, key: card.id }, card.name)),
        );
      return h(
        'div',
        { className: this.props.classNameWrapper },
        h(
          'div',
          { role: 'toolbar', 'aria-label': t.editor.componentsToolbar, style: TOOLBAR },
          ...blocks.map((block) => button(block.label, block.source)),
          picker(t.editor.pickModel, 'ModelCard', page.cards.models),
          picker(t.editor.pickPerson, 'PersonCard', page.cards.people),
          // The journalists' guide, beside the tools it explains.
          h('a', { href: GUIDE_PATH, target: '_blank', style: GUIDE }, t.editor.guide),
        ),
        h('textarea', {
          id: this.props.forID,
          value: this.props.value ?? '',
          rows: 24,
          spellCheck: true,
          lang: 'vi',
          style: TEXT,
          ref: (box: HTMLTextAreaElement | null) => {
            this.box = box ?? undefined;
          },
          onChange: (event: Event) =>
            this.props.onChange((event.target as HTMLTextAreaElement).value),
        }),
      );
    },
  });
}

const TOOLBAR = { display: 'flex', flexWrap: 'wrap', gap: '6px', marginBottom: '8px' };
const BUTTON = {
  font: 'inherit',
  fontSize: '14px',
  padding: '4px 10px',
  border: '1px solid #c8ccd3',
  borderRadius: '4px',
  background: '#f5f6f8',
  cursor: 'pointer',
  maxWidth: '100%',
};
const GUIDE = { alignSelf: 'center', marginLeft: 'auto', fontSize: '14px' };
const TEXT = {
  width: '100%',
  boxSizing: 'border-box',
  // Prose in a text face: monospace faces draw Vietnamese marks apart from their letters.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  fontSize: '15px',
  lineHeight: '1.6',
  padding: '12px',
  border: 'none',
  resize: 'vertical',
};
