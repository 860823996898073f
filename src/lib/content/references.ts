/** Which fields of a content file name other files (src/i18n names each collection in messages). */
import type { CollectionName } from './sourceFiles.ts';

export type ReferencedCollection = Exclude<CollectionName, 'articles'>;

/** The fields of a file that name other files, and the collection each one names. */
export type References = Record<string, ReferencedCollection>;

/** The references of every kind of file. */
export const REFERENCES: Partial<Record<CollectionName, References>> = {
  articles: {
    author: 'authors',
    series: 'series',
    districts: 'districts',
    models: 'models',
    people: 'people',
    topics: 'topics',
  },
  models: { district: 'districts', category: 'topics' },
  people: { district: 'districts' },
};
