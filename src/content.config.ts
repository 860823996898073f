/** Assembles the content collections from the project's schemas; the loaders read CONTENT_DIR. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import {
  AuthorSchema,
  DistrictSchema,
  ModelSchema,
  PersonSchema,
  SeriesSchema,
  SiteSchema,
  TopicSchema,
  articleSchema,
} from './schemas/index.ts';
import { articleLoader, siteLoader, yamlLoader } from './integrations/loaders.ts';
import { readSiteSettings } from './integrations/siteSettings.ts';

const { timezone } = readSiteSettings();
type ImageHelper = Parameters<
  Extract<Parameters<typeof defineCollection>[0]['schema'], (...args: never[]) => unknown>
>[0]['image'];
/** The article schema, its cover checked by Astro's image helper (or a string, for the checker). */
const coverAwareSchema = (image: ImageHelper) =>
  articleSchema(timezone, z.union([image(), z.string()]) as unknown as ReturnType<ImageHelper>);
let articles: ReturnType<typeof coverAwareSchema> | undefined;

export const collections = {
  site: defineCollection({ loader: siteLoader(), schema: SiteSchema }),
  articles: defineCollection({
    loader: articleLoader(),
    // Astro asks for the schema once per entry: build it once (10,000 times cost a second).
    schema: ({ image }) => (articles ??= coverAwareSchema(image)),
  }),
  series: defineCollection({ loader: yamlLoader('series'), schema: SeriesSchema }),
  districts: defineCollection({ loader: yamlLoader('districts'), schema: DistrictSchema }),
  models: defineCollection({ loader: yamlLoader('models'), schema: ModelSchema }),
  people: defineCollection({ loader: yamlLoader('people'), schema: PersonSchema }),
  authors: defineCollection({ loader: yamlLoader('authors'), schema: AuthorSchema }),
  topics: defineCollection({ loader: yamlLoader('topics'), schema: TopicSchema }),
};
