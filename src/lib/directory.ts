/**
 * The directory's vocabulary: what a service helps with (needs), who it is for (groups), how to reach it
 * (contact routes) and where it works (area). Service records may use only these ids, so a typo fails
 * the build, and every id has a UI string (`directory.need.<id>`, `directory.group.<id>`,
 * `directory.route.<id>`) in every language.
 */

/** What a service helps with. The order is the order readers see. */
export const needs = [
  'emergency',
  'domestic-abuse',
  'refuge',
  'housing',
  'immigration-and-nrpf',
  'asylum-support',
  'legal-advice',
  'forced-marriage-and-honour',
  'stalking',
  'sexual-violence',
  'worried-about-a-child',
  'crime-victims',
  'emotional-support',
  'own-behaviour',
] as const;
export type Need = (typeof needs)[number];

/**
 * Who a service is specially for. A service for everyone lists no group. `black-and-minoritised` services
 * name the communities they serve in the record's `communities`.
 */
export const groups = [
  'women',
  'men',
  'lgbtq',
  'deaf',
  'disabled',
  'black-and-minoritised',
  'young-people',
  'children',
  'nrpf',
  'substance-use',
  'multiple-disadvantage',
] as const;
export type Group = (typeof groups)[number];

/** Ways to reach a service besides its phone numbers. */
export const routeTypes = ['phone', 'text', 'webchat', 'email', 'video', 'app', 'online-form', 'referral'] as const;
export type RouteType = (typeof routeTypes)[number];

/** Who may use a contact route: anyone (self-referral) or only professionals referring someone. */
export const audiences = ['anyone', 'professionals'] as const;
export type RouteAudience = (typeof audiences)[number];

/** Needs that mean a service provides somewhere to stay: its record is checked for anything like an address. */
export const accommodationNeeds: readonly Need[] = ['refuge'];

/**
 * Text that looks like a street address or a UK postcode. Refuge and safe-house locations are never
 * published (DESIGN.md rule 5), and no record needs an address: services are reached by phone,
 * website or referral.
 */
export function looksLikeAddress(text: string): string | undefined {
  const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i.exec(text);
  if (postcode) return `"${postcode[0]}" looks like a postcode`;
  const street =
    /\b\d+[a-z]?(?:-\d+)?,?\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Gardens|Grove|Place|Square|Terrace|Way|Drive|Crescent|Hill|Row|Court|Mews|Walk|Parade)\b/.exec(
      text,
    );
  if (street) return `"${street[0]}" looks like a street address`;
  return undefined;
}
