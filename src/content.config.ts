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

export const collections = {
  site: defineCollection({ loader: siteLoader(), schema: SiteSchema }),
  articles: defineCollection({
    loader: articleLoader(),
    schema: ({ image }) =>
      articleSchema(
        timezone,
        z.union([image(), z.string()]) as unknown as ReturnType<typeof image>,
      ),
  }),
  series: defineCollection({ loader: yamlLoader('series'), schema: SeriesSchema }),
  districts: defineCollection({ loader: yamlLoader('districts'), schema: DistrictSchema }),
  models: defineCollection({ loader: yamlLoader('models'), schema: ModelSchema }),
  people: defineCollection({ loader: yamlLoader('people'), schema: PersonSchema }),
  authors: defineCollection({ loader: yamlLoader('authors'), schema: AuthorSchema }),
  topics: defineCollection({ loader: yamlLoader('topics'), schema: TopicSchema }),
};
