/**
 * London's 33 local authorities: 32 boroughs and the City of London. Their records are
 * content/councils/<slug>.yaml (schema below); the GSS codes are fixed by ONS, E09000001 to E09000033.
 */
import { z } from 'astro/zod';
import { sourceSchema } from './page-schema.ts';

export const councilCodes: readonly string[] = Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`);

const innerOuter = z.enum(['inner', 'outer'], { error: 'must be inner or outer' });

export const councilSchema = z.strictObject({
  /** The name ONS uses ("Hackney", "City of London"). */
  name: z.string({ error: 'name is required: the name ONS uses' }).min(1),
  gss: z.string().refine((code) => councilCodes.includes(code), { error: 'gss must be a London council code, E09000001 to E09000033' }),
  /** Inner or outer London under the London Government Act 1963, and in ONS statistics. */
  statutory: innerOuter,
  ons: innerOuter,
  sources: z.array(sourceSchema).min(1, { error: 'sources needs at least one entry: where the code and status come from' }),
});

export type CouncilData = z.infer<typeof councilSchema>;
