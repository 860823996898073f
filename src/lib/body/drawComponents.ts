/**
 * The components journalists use in article bodies (see components.ts), drawn as HTML trees
 * for the archive's renderer (renderBody.ts).
 */
import type { Element, ElementContent, Properties } from 'hast';
import { t, toolMessages } from '#src/i18n/vi.ts';
import { COMPONENT_LIST } from './bodySafety.ts';
import type { Archive } from '../content/archive.ts';
import { MDX_COMPONENTS } from './components.ts';
import { modelPath, personPath } from '../shared/paths.ts';

/** What a model or person card shows. */
export type Card = {
  kind: string;
  name: string;
  href: string;
  detail: string;
  summary?: string;
  invented?: string;
};

/** Finds what a card shows; undefined when the id names nothing (the checker stops that first). */
export type CardLookup = (collection: 'models' | 'people', id: string) => Card | undefined;

function element(
  tagName: string,
  properties: Properties,
  children: ElementContent[] = [],
): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const classes = (value: string) => ({ className: value.split(' ') });

function pullQuote(props: Record<string, string>, children: ElementContent[]): Element {
  const credit = `— ${props.author}${props.role ? `, ${props.role}` : ''}`;
  return element('figure', classes('not-prose my-8 border-y-2 border-accent py-4'), [
    element(
      'blockquote',
      classes('font-serif text-xl leading-snug font-semibold text-ink sm:text-2xl'),
      children,
    ),
    element('figcaption', classes('mt-3 text-sm text-muted'), [text(credit)]),
  ]);
}

/** A picture with its caption and credit ("Ảnh: ..."): `<Figure>` in bodies, and covers. */
export function drawFigure(
  { caption, credit }: { caption?: string; credit?: string },
  children: ElementContent[],
): Element {
  const line = [caption, credit && `(${t.article.photo}: ${credit})`].filter(Boolean).join(' ');
  return element('figure', classes('my-6'), [
    ...children,
    ...(line ? [element('figcaption', classes('mt-2 text-sm text-muted'), [text(line)])] : []),
  ]);
}

function factBox(props: Record<string, string>, children: ElementContent[]): Element {
  return element(
    'aside',
    {
      ariaLabel: props.title,
      ...classes('my-6 rounded border-l-4 border-accent bg-raised px-5 py-3 font-sans text-base'),
    },
    [
      element('p', classes('!mt-0 text-sm font-semibold tracking-wide text-accent uppercase'), [
        text(props.title),
      ]),
      element('div', classes('[&_li]:my-1 [&_strong]:text-ink'), children),
    ],
  );
}

function timeline(props: Record<string, string>, children: ElementContent[]): Element {
  const title = props.title
    ? [
        element('p', classes('font-sans text-sm font-semibold text-accent uppercase'), [
          text(props.title),
        ]),
      ]
    : [];
  return element(
    'div',
    classes(
      'my-6 [&_li]:relative [&_li]:list-none [&_li]:pl-2 [&_ol]:border-l-2 [&_ol]:border-accent [&_ol]:pl-4 [&_ul]:border-l-2 [&_ul]:border-accent [&_ul]:pl-4',
    ),
    [...title, ...children],
  );
}

function card(found: Card): Element {
  const optional = (value: string | undefined, className: string) =>
    value ? [element('p', classes(className), [text(value)])] : [];
  return element(
    'aside',
    {
      ariaLabel: `${found.kind}: ${found.name}`,
      ...classes('not-prose my-6 rounded border border-rule bg-raised p-4 font-sans'),
    },
    [
      element('p', classes('text-xs font-semibold tracking-wide text-accent uppercase'), [
        text(found.kind),
      ]),
      element('p', classes('font-serif text-lg font-bold'), [
        element('a', { href: found.href }, [text(found.name)]),
      ]),
      element('p', classes('text-sm text-muted'), [text(found.detail)]),
      ...optional(found.summary, 'mt-2 font-serif text-sm'),
      ...optional(found.invented, 'mt-2 text-xs text-accent'),
    ],
  );
}

/** The components drawn from their props and children; the cards come from the data instead. */
const DRAWINGS: Record<
  string,
  (props: Record<string, string>, children: ElementContent[]) => Element
> = { PullQuote: pullQuote, Figure: drawFigure, FactBox: factBox, Timeline: timeline };

/**
 * The HTML tree of a shared component: `props` are its literal attributes, `children` what the
 * article writes between its tags. A component that names a model or person (see
 * components.ts) is drawn as that one's card.
 */
export function drawComponent(
  name: string,
  props: Record<string, string>,
  children: ElementContent[],
  lookup: CardLookup,
): Element {
  const reference = Object.hasOwn(MDX_COMPONENTS, name)
    ? MDX_COMPONENTS[name].reference
    : undefined;
  if (reference) {
    const id = props[reference.prop];
    const found = lookup(reference.collection, id);
    if (!found) {
      const kind = toolMessages.collections[reference.collection];
      throw new Error(toolMessages.components.unknownCard(name, kind, id));
    }
    return card(found);
  }
  const draw = Object.hasOwn(DRAWINGS, name) ? DRAWINGS[name] : undefined;
  if (!draw)
    throw new Error(
      `${toolMessages.body.unknownComponent(name)}: ${toolMessages.body.useComponent(COMPONENT_LIST)}`,
    );
  return draw(props, children);
}

/** The cards of the archive's models and people (the editor passes only these three maps). */
export function archiveCards(
  archive: Pick<Archive, 'modelById' | 'personById' | 'districtById'>,
): CardLookup {
  return (collection, id) => {
    if (collection === 'models') {
      const model = archive.modelById.get(id);
      if (!model) return undefined;
      const place = model.data.district
        ? archive.districtById.get(model.data.district)?.data.name
        : t.listing.provinceWide;
      return {
        kind: t.nav.models,
        name: model.data.name,
        href: modelPath(model.id),
        detail: `${model.data.organization} · ${place}`,
        summary: model.data.summary,
        invented: model.data.invented ? t.inventedModel : undefined,
      };
    }
    const person = archive.personById.get(id);
    if (!person) return undefined;
    const place = person.data.district
      ? archive.districtById.get(person.data.district)?.data.name
      : undefined;
    return {
      kind: t.nav.people,
      name: person.data.name,
      href: personPath(person.id),
      detail: [person.data.role, place].filter(Boolean).join(' · '),
      summary: person.data.quote ? `“${person.data.quote}”` : undefined,
      invented: person.data.invented ? t.inventedPerson : undefined,
    };
  };
}
