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
};
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
        entry.get('data') as ImmutableValue,
      ),
});

decap.init();
