import { z } from 'zod';
import { IdListSchema, IdSchema, TextSchema, dateSchema } from './fields.ts';

/** The cover picture of an article; `src` is a file next to the article. */
function coverSchema<Src extends z.ZodType>(src: Src) {
  return z.object({
    /** The picture file, relative to the article. */
    src,
    /** What the picture shows, for readers who cannot see it. Required. */
    alt: TextSchema,
    /** The caption printed under the picture. */
    caption: TextSchema.optional(),
    /** Who took or made the picture ("Ảnh: ..."). */
    credit: TextSchema.optional(),
  });
}

/**
 * The front matter of an article (content/articles/<year>/<slug>.mdx).
 * `src` validates the cover's file: Astro's `image()` in the build, a plain path elsewhere.
 */
export function articleSchema<Src extends z.ZodType>(timeZone: string, src: Src) {
  const date = dateSchema(timeZone);
  return z
    .object({
      /** The headline. */
      title: TextSchema,
      /** The lead: used in listings, feeds and meta tags. */
      description: TextSchema,
      /** When the article is published; later than the build time means scheduled. */
      pubDate: date,
      /** When the article was last updated. */
      updatedDate: date.optional(),
      /** Author id; the publisher when absent. */
      author: IdSchema.optional(),
      /** Series id, when the article is a part of a series. */
      series: IdSchema.optional(),
      /** Part number within the series: 1, 2, 3, ... */
      part: z.number().int().min(1).optional(),
      /** The districts the story is about. */
      districts: IdListSchema,
      /** The exemplary models the story is about. */
      models: IdListSchema,
      /** The exemplary people the story is about. */
      people: IdListSchema,
      /** The topics of the story. */
      topics: IdListSchema,
      /** The cover picture. */
      cover: coverSchema(src).optional(),
      /** A recording of the article; `duration` in seconds. */
      audio: z
        .object({ src: z.string().min(1), duration: z.number().positive() })
        .strict()
        .optional(),
      /** A draft is never published. */
      draft: z.boolean().default(false),
      /** The story tells invented people or events (sample content). */
      invented: z.boolean().default(false),
      /** Ids (file names) the article had before a rename: their old URLs redirect to it. */
      formerSlugs: IdListSchema,
      /** Corrections made after publication, newest last. */
      corrections: z.array(z.object({ date, text: TextSchema }).strict()).default([]),
    })
    .strict()
    .superRefine((article, ctx) => {
      if (article.series && article.part === undefined) {
        ctx.addIssue({ code: 'custom', path: ['part'], message: 'is required with series' });
      }
      if (article.part !== undefined && !article.series) {
        ctx.addIssue({ code: 'custom', path: ['series'], message: 'is required with part' });
      }
    });
}

/** The checker's and scripts' view of an article: the cover is a path. */
export const ArticleSchema = (timeZone: string) => articleSchema(timeZone, z.string().min(1));

/**
 * An article as the build stores it: its front matter plus `bodyImages`, the pictures its body
 * shows (found by the loader), each still a path here; content.config.ts resolves them and the
 * cover with the entry's own image helper.
 */
export const StoredArticleSchema = (timeZone: string) =>
  ArticleSchema(timeZone).extend({
    /** The local pictures of the body, as written in it (e.g. "./anh-1.jpg"). */
    bodyImages: z.array(z.string()).default([]),
  });

export type ArticleData = z.output<ReturnType<typeof ArticleSchema>>;
