/**
 * Translation records. A translated page says how it was made and which English text it was made from
 * (a hash of the English body), so when the English changes the translation is flagged as out of date
 * instead of being silently wrong (DESIGN.md, "A page missing in one language").
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

export const translationSchema = z.strictObject({
  status: z.enum(['machine', 'reviewed'], {
    error: 'translation.status must be machine (not yet checked by a native speaker) or reviewed',
  }),
  sourceHash: z
    .string({ error: 'translation.sourceHash is required: `npm run i18n:report` shows the English page\'s current hash' })
    .regex(/^[0-9a-f]{12}$/, { error: 'translation.sourceHash must be the 12-character hash of the English page it was made from' }),
  translatedOn: z.coerce.date({ error: 'translation.translatedOn must be a date written as YYYY-MM-DD' }),
  reviewedBy: z.string().min(1).optional(),
  reviewedOn: z.coerce.date().optional(),
});

export type TranslationRecord = z.infer<typeof translationSchema>;

/** The hash a translation records of the English page body it was made from. */
export function sourceHash(englishBody: string): string {
  return createHash('sha256').update(englishBody.trim()).digest('hex').slice(0, 12);
}

export type TranslationState =
  | { kind: 'source' }
  | { kind: 'fallback' }
  | { kind: 'translated'; reviewed: boolean; reviewedOn: Date | undefined; outdated: boolean };

/** What readers should be told about the page they are reading. */
export function translationState(
  record: TranslationRecord | undefined,
  englishBody: string,
  options: { isEnglish: boolean; isFallback: boolean },
): TranslationState {
  if (options.isEnglish) return { kind: 'source' };
  if (options.isFallback) return { kind: 'fallback' };
  if (!record) throw new Error('a translated page needs a translation: { status, sourceHash, translatedOn } block');
  return {
    kind: 'translated',
    reviewed: record.status === 'reviewed',
    reviewedOn: record.reviewedOn,
    outdated: record.sourceHash !== sourceHash(englishBody),
  };
}
