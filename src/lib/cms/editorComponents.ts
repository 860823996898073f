/**
 * The editor's buttons that insert a body component (`<FactBox>`, `<ModelCard id>`, ...), made
 * from the components' own specification (components.ts): the same props the checker asks
 * for, the card ids picked from the models and people. What a button inserts is MDX source,
 * exactly as a journalist would type it, and reads back the same.
 */
import { t } from '#src/i18n/vi.ts';
import { MDX_COMPONENTS, type ComponentSpec } from '../body/components.ts';
import { relation, type EditorField } from './editorConfig.ts';

/** One button, as Decap's registerEditorComponent takes it. */
export type EditorComponent = {
  id: string;
  label: string;
  fields: EditorField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string | undefined>) => string;
  toPreview: (data: Record<string, string | undefined>) => string;
};

const ATTRIBUTE = /([a-zA-Z][\w-]*)="([^"]*)"/g;

/** A prop's value inside double quotes: a quote mark is written as an entity. */
const quoted = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
const unquoted = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The MDX source of a component with these props (and Markdown inside, when it wraps). */
export function componentSource(
  name: string,
  spec: ComponentSpec,
  data: Record<string, string | undefined>,
): string {
  const props = [...spec.required, ...spec.optional]
    .filter((prop) => (data[prop] ?? '').trim() !== '' || spec.required.includes(prop))
    .map((prop) => ` ${prop}=${quoted((data[prop] ?? '').trim())}`)
    .join('');
  if (!spec.wraps) return `<${name}${props} />`;
  return `<${name}${props}>\n${(data.body ?? '').trim()}\n</${name}>`;
}

/** Recognises the component's source in a body, for editing it again through its button. */
export function componentPattern(name: string, spec: ComponentSpec): RegExp {
  const attributes = '((?:\\s+[a-zA-Z][\\w-]*="[^"]*")*)\\s*';
  return spec.wraps
    ? new RegExp(`^<${name}${attributes}>\\n?([\\s\\S]*?)\\n?</${name}>`, 'm')
    : new RegExp(`^<${name}${attributes}/>`, 'm');
}

/** The props (and inner Markdown) of a match of componentPattern. */
export function componentData(
  spec: ComponentSpec,
  match: RegExpMatchArray,
): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [, prop, value] of (match[1] ?? '').matchAll(ATTRIBUTE)) data[prop] = unquoted(value);
  if (spec.wraps) data.body = match[2] ?? '';
  return data;
}

function fieldsOf(spec: ComponentSpec): EditorField[] {
  const label = (prop: string) => (t.editor.componentProps as Record<string, string>)[prop] ?? prop;
  const props = [...spec.required, ...spec.optional].map((prop): EditorField => {
    const required = spec.required.includes(prop);
    const collection = spec.reference?.prop === prop ? spec.reference.collection : undefined;
    if (!collection) return { name: prop, label: label(prop), widget: 'string', required };
    return {
      name: prop,
      label: `${label(prop)} ${t.editor.collections[collection].singular}`,
      ...relation(collection, false),
      required,
    };
  });
  return spec.wraps
    ? [...props, { name: 'body', label: t.editor.componentProps.body, widget: 'text' }]
    : props;
}

/** Every component's button, in the order of the specification. */
export function editorComponents(): EditorComponent[] {
  return Object.entries(MDX_COMPONENTS).map(([name, spec]) => ({
    id: name,
    label: (t.editor.components as Record<string, string>)[name] ?? name,
    fields: fieldsOf(spec),
    pattern: componentPattern(name, spec),
    fromBlock: (match) => componentData(spec, match),
    toBlock: (data) => componentSource(name, spec, data),
    toPreview: (data) => `<pre>${escapeHtml(componentSource(name, spec, data))}</pre>`,
  }));
}
