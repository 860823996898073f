/** The archive of the current build, loaded once from the content collections. */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';
import { buildTime } from './publication.ts';
import type { Content } from './validateContent.ts';
import { PREVIEW_ENV } from '../integrations/archive.ts';

let archive: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  const entries = async <N extends Exclude<keyof Content, 'site'>>(name: N) =>
    (await getCollection(name)).map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? entry.id,
      data: entry.data,
    })) as unknown as Content[N];
  const [site] = await getCollection('site');
  const content: Content = {
    site: site.data,
    articles: await entries('articles'),
    series: await entries('series'),
    districts: await entries('districts'),
    models: await entries('models'),
    people: await entries('people'),
    authors: await entries('authors'),
    topics: await entries('topics'),
  };
  return buildArchive(content, {
    now: buildTime(process.env.BUILD_NOW, site.data.timezone),
    includeUnpublished: process.env[PREVIEW_ENV] === '1',
  });
}

/** The reader's archive: published articles only (drafts too in `astro dev`). */
export function getArchive(): Promise<Archive> {
  archive ??= load();
  return archive;
}
