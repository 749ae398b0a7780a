import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.ARTICLES_DIR ?? './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
