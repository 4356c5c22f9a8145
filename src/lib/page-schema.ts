/**
 * The frontmatter every page must have. Astro validates each MDX entry against it at build time, and
 * a bad entry fails the build with the entry, the field and one of the messages below, which say what
 * was expected in words a content editor can act on.
 */
import { z } from 'astro/zod';
import { translationSchema } from './translation.ts';
import { bslFileProblem, type BslKind } from './bsl.ts';

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

/** A file in public/bsl/ that must exist: the build fails, naming the page, the field and the file. */
const bslFile = (kind: BslKind, field: string) =>
  z
    .string({ error: `${field} is required: the file's path in public/bsl/, for example /bsl/get-help-now.vtt` })
    .superRefine((path, ctx) => {
      const problem = bslFileProblem(kind, path);
      if (problem) ctx.addIssue({ code: 'custom', message: `${field}: ${problem}` });
    });

/**
 * A page's BSL video (content/README.md, "Add a BSL video"). Made only by Deaf-led, registered
 * translators: the credit is required and shown with the video.
 */
export const bslSchema = z.strictObject(
  {
    video: z
      .strictObject(
        { mp4: bslFile('mp4', 'bsl.video.mp4').optional(), webm: bslFile('webm', 'bsl.video.webm').optional() },
        { error: 'bsl.video must name the video file: { mp4: /bsl/<name>.mp4 } and/or { webm: /bsl/<name>.webm }' },
      )
      .refine((v) => v.mp4 !== undefined || v.webm !== undefined, {
        error: 'bsl.video needs an mp4 or a webm file (or both), in public/bsl/',
      }),
    captions: bslFile('captions', 'bsl.captions'),
    poster: bslFile('poster', 'bsl.poster'),
    translator: z
      .string({ error: 'bsl.translator is required: who translated the page into BSL and who checked it, with their NRCPD registration numbers' })
      .trim()
      .min(1, { error: 'bsl.translator is required: who translated the page into BSL and who checked it, with their NRCPD registration numbers' }),
    recordedOn: isoDate('bsl.recordedOn'),
    /** The English text the video translates, when it is not the whole page. */
    transcript: z.string().trim().min(1).optional(),
  },
  { error: 'bsl must be { video, captions, poster, translator, recordedOn }: see content/README.md, "Add a BSL video"' },
);

export type BslData = z.infer<typeof bslSchema>;

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
  /** Only when a real BSL translation of this page exists (public/bsl/). Never a placeholder. */
  bsl: bslSchema.optional(),
});

export type PageData = z.infer<typeof pageSchema>;
