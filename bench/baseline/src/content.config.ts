/** The generated articles, loaded as Astro's blog example loads its posts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  // BENCH_ARTICLES_DIR: the generated content folder's articles/ (absolute).
  loader: glob({ base: process.env.BENCH_ARTICLES_DIR ?? './articles', pattern: '**/*.mdx' }),
  // Permissive: the blog example's fields, and any other field of the archive's front matter.
  schema: z.looseObject({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
  }),
});

export const collections = { articles };
