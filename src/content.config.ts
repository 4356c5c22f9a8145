import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { pageSchema } from './lib/page-schema.ts';
import { serviceSchema } from './lib/service-schema.ts';
import { councilSchema } from './lib/councils.ts';
import { translationSchema } from './lib/translation.ts';

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

/** How a file of translated texts was made: the same record as a translated page, less the page's hash. */
const textsTranslation = translationSchema.pick({ status: true, translatedOn: true, reviewedBy: true, reviewedOn: true });

/** Hash of the English a text was translated from (src/lib/translation.ts sourceHash). */
const englishHash = (what: string) => z.string().regex(/^[0-9a-f]{12}$/, { error: `sourceHash must be the 12-character hash of the English ${what}` });

/**
 * Service records' words in other languages: content/services/text/<lang>.yaml, keyed by service id.
 * A field left out is shown in English, marked as English (src/lib/service-text.ts).
 */
const serviceText = defineCollection({
  loader: glob({ base: './content/services/text', pattern: '*.yaml' }),
  schema: z.strictObject({
    translation: textsTranslation,
    services: z.record(z.string(), z.strictObject({ about: z.string().min(1).max(300), sourceHash: englishHash('about text') })),
  }),
});

/**
 * "What are my options?" in other languages: content/options/text/<lang>.yaml, the plain-language
 * (survivor) wording of each text key in src/lib/options/text.en.ts. The professional wording stays in
 * English. A key left out, or translated from older English, is shown in English (src/lib/options/localized.ts).
 */
const optionText = defineCollection({
  loader: glob({ base: './content/options/text', pattern: '*.yaml' }),
  schema: z.strictObject({
    translation: textsTranslation,
    texts: z.record(z.string(), z.strictObject({ text: z.string().min(1).max(900), sourceHash: englishHash('survivor wording') })),
  }),
});

/** London's 33 councils: content/councils/<slug>.yaml, one "Help in <council>" page each. */
const councils = defineCollection({
  loader: glob({ base: './content/councils', pattern: '*.yaml' }),
  schema: councilSchema,
});

export const collections = { pages, services, serviceText, optionText, councils };
