/**
 * The frontmatter every page must have. Astro validates each MDX entry against it at build time, and
 * a bad entry fails the build with the entry, the field and one of the messages below, which say what
 * was expected in words a content editor can act on.
 */
import { z } from 'astro/zod';
import { translationSchema } from './translation.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const audiences = ['survivors', 'family-and-friends', 'professionals'] as const;
export type Audience = (typeof audiences)[number];

const isoDate = (field: string) =>
  z.coerce.date({ error: `${field} must be a date written as YYYY-MM-DD, for example 2026-11-23` });

export const sourceSchema = z.strictObject({
  title: z
    .string({ error: 'each source needs a title: the name of the page or document' })
    .min(1, { error: 'each source needs a title: the name of the page or document' }),
  url: z.url({
    protocol: /^https?$/,
    error: 'each source needs a url: the full web address, starting with https://',
  }),
  checked: isoDate('checked').refine((date) => isoDay(date) <= isoDay(new Date()), {
    error: 'checked is in the future: write the day you compared the details with the source (YYYY-MM-DD)',
  }),
});

export const pageSchema = z.strictObject({
  title: z
    .string({ error: 'title is required: the page heading, in plain words' })
    .min(1, { error: 'title is required: the page heading, in plain words' })
    .max(80, { error: 'title must be 80 characters or fewer: it is the page heading and the browser tab title' }),
  description: z
    .string({ error: 'description is required: one sentence saying what the page helps with' })
    .min(1, { error: 'description is required: one sentence saying what the page helps with' })
    .max(200, { error: 'description must be 200 characters or fewer: it is shown under the title in search results' }),
  audience: z
    .array(z.enum(audiences, { error: `audience must list one or more of: ${audiences.join(', ')}` }), {
      error: `audience must be a list, for example [survivors]; allowed: ${audiences.join(', ')}`,
    })
    .min(1, { error: `audience must list at least one of: ${audiences.join(', ')}` }),
  lastReviewed: isoDate('lastReviewed'),
  sources: z
    .array(sourceSchema, { error: 'sources must be a list of { title, url, checked }' })
    .min(1, { error: 'sources needs at least one entry: every page says where its facts come from' }),
  /**
   * Only on Easy Read pages (content/<lang>/easy-read/): the file name of the standard page this is the
   * Easy Read version of, `index` for the home page. Both pages then link to each other (src/lib/easy-read.ts).
   */
  easyReadOf: z
    .string({ error: 'easyReadOf must be the file name of the standard page, for example council-help, or index for the home page' })
    .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, {
      error: 'easyReadOf must be the file name of the standard page without .mdx, for example council-help, or index for the home page',
    })
    .optional(),
  /** Only on translations: how it was made and from which English text (src/lib/translation.ts). */
  translation: translationSchema.optional(),
});

export type PageData = z.infer<typeof pageSchema>;
