import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/page-schema.ts';

/** Pages: content/<lang>/**\/*.mdx. The id is "<lang>/<slug>", or "<lang>" for a folder's index.mdx. */
const pages = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: pageSchema,
});

export const collections = { pages };
