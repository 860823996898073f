/** Assembles the content collections from the project's schemas; the loaders read CONTENT_DIR. */
import { defineCollection, type SchemaContext } from 'astro:content';
import {
  AuthorSchema,
  DistrictSchema,
  ModelSchema,
  PersonSchema,
  SeriesSchema,
  SiteSchema,
  StoredArticleSchema,
  TopicSchema,
} from './schemas/index.ts';
import { articleLoader, siteLoader, yamlLoader } from './integrations/loaders.ts';
import { readSiteSettings } from './integrations/siteSettings.ts';

const { timezone } = readSiteSettings();
// Built once: Astro asks for the schema once per entry, and building it 10,000 times cost a second.
const storedArticle = StoredArticleSchema(timezone);

/**
 * The article schema for one entry: the cover and the body's pictures go through that entry's own
 * image helper, which resolves them next to its file and hands them to Astro's image pipeline.
 * (A helper kept from another call resolved every cover wrongly, and silently.)
 */
function articleWithPictures({ image }: SchemaContext) {
  return storedArticle.transform(async (article) => {
    const picture = (src: string) => image().parseAsync(src);
    return {
      ...article,
      cover: article.cover && { ...article.cover, src: await picture(article.cover.src) },
      bodyImages: await Promise.all(
        article.bodyImages.map(async (src) => ({ src, image: await picture(src) })),
      ),
    };
  });
}

export const collections = {
  site: defineCollection({ loader: siteLoader(), schema: SiteSchema }),
  articles: defineCollection({ loader: articleLoader(), schema: articleWithPictures }),
  series: defineCollection({ loader: yamlLoader('series'), schema: SeriesSchema }),
  districts: defineCollection({ loader: yamlLoader('districts'), schema: DistrictSchema }),
  models: defineCollection({ loader: yamlLoader('models'), schema: ModelSchema }),
  people: defineCollection({ loader: yamlLoader('people'), schema: PersonSchema }),
  authors: defineCollection({ loader: yamlLoader('authors'), schema: AuthorSchema }),
  topics: defineCollection({ loader: yamlLoader('topics'), schema: TopicSchema }),
};
