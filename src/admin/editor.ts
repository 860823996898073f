/**
 * The browser editor's own parts, registered with Decap CMS before it starts (bundled for the
 * browser by the editor integration; setup.ts asked Decap to wait).
 */
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

decap.init();
