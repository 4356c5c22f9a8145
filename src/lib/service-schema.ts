/**
 * A service record: content/services/<id>.yaml. One record per service, so a phone number is written
 * once and every page that mentions the service shows the same, sourced number (DESIGN.md rule 6).
 * There is deliberately no address field: refuges and safe houses are reached by phone or referral.
 */
import { z } from 'astro/zod';
import { sourceSchema } from './page-schema.ts';
import { phoneLink } from './phone.ts';

/** `confirmed`: the source states it and is recent. `verify`: old or disputed; readers are told to check. */
export const factStatus = z.enum(['confirmed', 'verify'], { error: 'status must be confirmed or verify' });

export const serviceSchema = z
  .strictObject({
    name: z.string({ error: 'name is required: the service as people know it' }).min(1),
    runBy: z.string().min(1).optional(),
    about: z
      .string({ error: 'about is required: one plain sentence saying who the service is for' })
      .min(1)
      .max(200, { error: 'about must be 200 characters or fewer: one plain sentence' }),
    phone: z
      .strictObject({
        display: z.string({ error: 'phone.display is required: the number as the service publishes it' }),
        status: factStatus,
      })
      .superRefine((phone, ctx) => {
        try {
          phoneLink(phone.display);
        } catch (error) {
          ctx.addIssue({ code: 'custom', path: ['display'], message: (error as Error).message });
        }
      })
      .optional(),
    otherNumbers: z
      .array(
        z.strictObject({
          label: z.string({ error: 'otherNumbers[].label says when to use the number, e.g. "Outside office hours"' }).min(1),
          display: z.string(),
          status: factStatus,
        }),
      )
      .superRefine((numbers, ctx) => {
        numbers.forEach((n, i) => {
          try {
            phoneLink(n.display);
          } catch (error) {
            ctx.addIssue({ code: 'custom', path: [i, 'display'], message: (error as Error).message });
          }
        });
      })
      .optional(),
    website: z.url({ protocol: /^https$/, error: 'website must be a full address starting with https://' }).optional(),
    hours: z
      .strictObject({
        text: z.string({ error: 'hours.text is required: the hours as the source states them' }).min(1),
        status: factStatus,
      })
      .optional(),
    sources: z
      .array(sourceSchema, { error: 'sources must be a list of { title, url, checked }' })
      .min(1, { error: 'sources needs at least one entry: where the contact details come from' }),
  })
  .refine((s) => s.phone || s.website, {
    error: 'a service needs a phone number or a website: otherwise readers cannot reach it',
  });

export type ServiceData = z.infer<typeof serviceSchema>;
