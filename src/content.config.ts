import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/page-schema.ts';
import { serviceSchema } from './lib/service-schema.ts';

/** Pages: content/<lang>/**\/*.mdx. The id is "<lang>/<slug>", or "<lang>" for a folder's index.mdx. */
const pages = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: pageSchema,
});

/** Services: content/services/<id>.yaml. The id is the file name, used as <Phone service="id" />. */
const services = defineCollection({
  loader: glob({ base: './content/services', pattern: '*.yaml' }),
  schema: serviceSchema,
});

export const collections = { pages, services };
