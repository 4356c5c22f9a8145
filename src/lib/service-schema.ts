/**
 * A service record: content/services/<id>.yaml. One record per service, so a phone number is written
 * once and every page that mentions the service shows the same, sourced number (DESIGN.md rule 6).
 * The directory (/<lang>/services/) and the per-group and per-council pages are built from these.
 * There is deliberately no address field, and text that looks like an address is refused on services
 * that offer somewhere to stay: refuges and safe houses are reached by phone or referral.
 */
import { z } from 'astro/zod';
import { sourceSchema } from './page-schema.ts';
import { phoneLink } from './phone.ts';
import { accommodationNeeds, audiences, groups, looksLikeAddress, needs, routeTypes } from './directory.ts';
import { parseOpeningHours } from './opening-hours.ts';
import { councilCodes } from './councils.ts';

/** `confirmed`: the source states it and is recent. `verify`: old or disputed; readers are told to check. */
export const factStatus = z.enum(['confirmed', 'verify'], { error: 'status must be confirmed or verify' });

const listOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.array(z.enum(values, { error: `${field} may only contain: ${values.join(', ')}` }));

const phoneNumber = z
  .strictObject({
    display: z.string({ error: 'phone.display is required: the number as the service publishes it' }),
    status: factStatus,
    who: z.enum(audiences, { error: `who must be one of: ${audiences.join(', ')}` }).optional(),
  })
  .superRefine((phone, ctx) => {
    try {
      phoneLink(phone.display);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['display'], message: (error as Error).message });
    }
  });

/** Sign languages a record may name: British Sign Language (ISO 639-3 bfi). */
export const signLanguages: readonly string[] = ['bfi'];

export const serviceSchema = z
  .strictObject({
    name: z.string({ error: 'name is required: the service as people know it' }).min(1),
    runBy: z.string().min(1).optional(),
    about: z
      .string({ error: 'about is required: one plain sentence saying who the service is for' })
      .min(1)
      .max(200, { error: 'about must be 200 characters or fewer: one plain sentence' }),
    /** What the service helps with: at least one, from src/lib/directory.ts. */
    needs: listOf('needs', needs).min(1, { error: `needs must list at least one of: ${needs.join(', ')}` }),
    /** Who it is specially for; leave out for a service open to everyone. */
    groups: listOf('groups', groups).optional(),
    /** The communities a by-and-for service names, as it names them ("South Asian", "Jewish"). */
    communities: z.array(z.string().min(1)).optional(),
    /** Languages the service's own staff speak, as BCP 47 codes; leave out when the source does not say. */
    languages: z
      .array(
        z.string().refine(
          (code) => {
            // British Sign Language has a code (bfi) that Intl's language names do not know.
            if (signLanguages.includes(code)) return true;
            try {
              return Intl.getCanonicalLocales(code).length === 1 && new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) !== undefined;
            } catch {
              return false;
            }
          },
          { error: 'languages must be BCP 47 codes such as pl, ar or ku' },
        ),
      )
      .optional(),
    /** Where it works: across the UK or England, across London, or in the councils listed (GSS codes). */
    area: z
      .union([
        z.enum(['national', 'london']),
        z.strictObject({
          councils: z
            .array(
              z.string().refine((code) => councilCodes.includes(code), {
                error: 'councils must be GSS codes of London councils, E09000001 to E09000033',
              }),
            )
            .min(1),
        }),
      ], { error: 'area must be national, london, or { councils: [GSS codes] }' })
      .optional(),
    phone: phoneNumber.optional(),
    otherNumbers: z
      .array(
        z.strictObject({
          label: z.string({ error: 'otherNumbers[].label says when to use the number, e.g. "Outside office hours"' }).min(1),
          display: z.string(),
          status: factStatus,
          who: z.enum(audiences).optional(),
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
    /** Other ways in: text, webchat, email, video (BSL), app, online form, referral. */
    routes: z
      .array(
        z.strictObject({
          type: z.enum(routeTypes, { error: `routes[].type must be one of: ${routeTypes.join(', ')}` }),
          who: z.enum(audiences, { error: `routes[].who must be one of: ${audiences.join(', ')}` }),
          /** What to do, as the source says it ("Request a safe time for a call back"). */
          label: z.string().min(1).optional(),
          /** A web address (https) or an email address; leave out when the source gives none. */
          url: z.url({ protocol: /^https$/, error: 'routes[].url must start with https://' }).optional(),
          email: z.email({ error: 'routes[].email must be an email address' }).optional(),
          status: factStatus,
        }),
      )
      .optional(),
    website: z.url({ protocol: /^https$/, error: 'website must be a full address starting with https://' }).optional(),
    hours: z
      .strictObject({
        text: z.string({ error: 'hours.text is required: the hours as the source states them' }).min(1),
        status: factStatus,
        /** The same hours in OpenStreetMap syntax, so readers see them in their language and whether it is open now. */
        openingHours: z
          .string()
          .superRefine((value, ctx) => {
            try {
              parseOpeningHours(value);
            } catch (error) {
              ctx.addIssue({ code: 'custom', message: (error as Error).message });
            }
          })
          .optional(),
      })
      .optional(),
    sources: z
      .array(sourceSchema, { error: 'sources must be a list of { title, url, checked }' })
      .min(1, { error: 'sources needs at least one entry: where the contact details come from' }),
  })
  .refine((s) => s.phone || s.website, {
    error: 'a service needs a phone number or a website: otherwise readers cannot reach it',
  })
  .superRefine((s, ctx) => {
    if (!s.needs?.some((n) => accommodationNeeds.includes(n))) return;
    const texts: [string, string][] = [
      ['name', s.name],
      ['about', s.about],
      ['runBy', s.runBy ?? ''],
      ...(s.routes ?? []).map((r, i) => [`routes.${i}.label`, r.label ?? ''] as [string, string]),
      ...(s.otherNumbers ?? []).map((n, i) => [`otherNumbers.${i}.label`, n.label] as [string, string]),
      ['hours.text', s.hours?.text ?? ''],
    ];
    for (const [path, text] of texts) {
      const found = looksLikeAddress(text);
      if (found) {
        ctx.addIssue({
          code: 'custom',
          path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          message: `${found}. A service that offers somewhere to stay must never show an address: refuges are reached by phone or referral.`,
        });
      }
    }
  });

export type ServiceData = z.infer<typeof serviceSchema>;
