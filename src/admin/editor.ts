/**
 * The browser editor's own parts, registered with Decap CMS before it starts (bundled for the
 * browser by the editor integration; setup.ts asked Decap to wait).
 */
import {
  editorComponents,
  componentSource,
  type EditorComponent,
} from '../lib/cms/editorComponents.ts';
import { BODY_WIDGET } from '../lib/cms/editorConfig.ts';
import { GUIDE_PATH } from '../lib/cms/adminPage.ts';
import { MDX_COMPONENTS } from '../lib/mdxComponents.ts';
import { t } from '../i18n/vi.ts';
import { isoInTimeZone } from '../lib/sharing/isoDate.ts';

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
 * Leaves out of the front matter what nobody filled: an empty date, author, caption or cover
 * would be written as "" or { src: "", alt: "" }, which the checker refuses. Lists stay.
 */
function withoutBlanks(value: unknown): unknown {
  if (!isCollection(value) || isList(value)) return value;
  return value.map(withoutBlanks).filter((field) => !isBlank(field));
}

type Decap = {
  init(): void;
  registerWidget(name: string, control: unknown): void;
  registerEditorComponent(component: EditorComponent): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: ImmutableValue }) => ImmutableValue;
  }): void;
};

const decap = (window as unknown as { CMS: Decap }).CMS;
const { timeZone = 'Asia/Ho_Chi_Minh', dateFields = '' } = document.documentElement.dataset;

/** A date written by the browser (its own offset) rewritten in the site's zone: "+07:00". */
function inSiteZone(value: unknown): unknown {
  if (typeof value !== 'string' && !(value instanceof Date)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : isoInTimeZone(date, timeZone);
}

/** Sets every date at `path` ("pubDate", "corrections.date") in the site's zone. */
function rewriteDates(data: ImmutableValue, path: string[]): ImmutableValue {
  const [name, ...rest] = path;
  const value = data.get(name);
  if (value === undefined || value === null || value === '') return data;
  if (rest.length === 0) return data.set(name, inSiteZone(value));
  const list = value as ImmutableValue;
  return data.set(
    name,
    list.map((item) => rewriteDates(item, rest)),
  );
}

decap.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) =>
    dateFields
      .split(' ')
      .filter(Boolean)
      .reduce(
        (data, path) => rewriteDates(data, path.split('.')),
        withoutBlanks(entry.get('data')) as ImmutableValue,
      ),
});

// Components recognised in a body (for Decap's own Markdown views too).
for (const component of editorComponents()) decap.registerEditorComponent(component);
decap.registerWidget(BODY_WIDGET, bodyControl());

decap.init();

/** The models and people a card may name, [id, name], as the page lists them. */
type Choices = { models: [string, string][]; people: [string, string][] };

/** React, as Decap's bundle lends it to custom widgets. */
type CreateElement = (type: string, props: object | null, ...children: unknown[]) => unknown;
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
  const { h, createClass } = window as unknown as {
    h: CreateElement;
    createClass: (spec: object) => unknown;
  };
  const choices: Choices = JSON.parse(document.documentElement.dataset.cards ?? '{}');
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
      const picker = (label: string, name: 'ModelCard' | 'PersonCard', list: [string, string][]) =>
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
          ...list.map(([id, title]) => h('option', { value: id, key: id }, title)),
        );
      return h(
        'div',
        { className: this.props.classNameWrapper },
        h(
          'div',
          { role: 'toolbar', 'aria-label': t.editor.componentsToolbar, style: TOOLBAR },
          ...blocks.map((block) => button(block.label, block.source)),
          picker(t.editor.pickModel, 'ModelCard', choices.models ?? []),
          picker(t.editor.pickPerson, 'PersonCard', choices.people ?? []),
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
  fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
  fontSize: '15px',
  lineHeight: '1.6',
  padding: '12px',
  border: 'none',
  resize: 'vertical',
};
