/**
 * The directory as pages need it: every service record with its words in the reader's language (or
 * English, marked), its hours in words and as an "open now" timeline, and the councils. Build time only.
 */
import { getCollection } from 'astro:content';
import { useTranslations } from '../i18n/index.ts';
import type { Group, Need } from './directory.ts';
import { describeHours } from './hours-words.ts';
import type { HoursTimeline } from './open-state.ts';
import { londonTimeline, weeklyHours } from './opening-hours.ts';
import type { ServiceData } from './service-schema.ts';
import type { CouncilData } from './councils.ts';
import { sourceHash } from './translation.ts';

/** How far ahead the build works out "open now": a site rebuilt at least this often always knows. */
export const timelineDays = 400;

export interface ServiceView {
  id: string;
  data: ServiceData;
  /** The one-sentence description, and the language it is in (English until translated). */
  about: { text: string; lang: string };
  /** Hours in words in the reader's language, when the record has machine-readable hours. */
  hoursWords: string[] | undefined;
  /** Open every minute of every day (no times to read in London time). */
  hoursAlways: boolean;
  /** For "open now": only when the hours are confirmed. */
  timeline: HoursTimeline | undefined;
}

export interface CouncilView {
  slug: string;
  data: CouncilData;
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  new Intl.Collator('en-GB').compare(a.data.name, b.data.name);

const cache = new Map<string, Promise<ServiceView[]>>();

/** Every service, sorted by name, for a reader of `lang`. `now` fixes the start of the "open now" timeline. */
export function loadServices(lang: string, now = Date.now()): Promise<ServiceView[]> {
  const key = `${lang}:${Math.floor(now / 86_400_000)}`;
  if (!cache.has(key)) cache.set(key, buildServices(lang, now));
  return cache.get(key)!;
}

async function buildServices(lang: string, now: number): Promise<ServiceView[]> {
  const t = useTranslations(lang);
  const entries = (await getCollection('services')).sort(byName);
  const texts = (await getCollection('serviceText')).find((e) => e.id.toLowerCase() === lang.toLowerCase());
  return entries.map((entry) => {
    const data = entry.data;
    const translated = texts?.data.services[entry.id];
    // A translation made from older English words is not shown: the English is, until it is updated.
    const about =
      translated && translated.sourceHash === sourceHash(data.about) ? { text: translated.about, lang } : { text: data.about, lang: 'en' };
    const machine = data.hours?.openingHours;
    const week = machine ? weeklyHours(machine) : undefined;
    return {
      id: entry.id,
      data,
      about,
      hoursWords: week ? describeHours(week, lang, t) : undefined,
      hoursAlways: week?.always ?? false,
      timeline: machine && data.hours?.status === 'confirmed' ? londonTimeline(machine, now, timelineDays) : undefined,
    };
  });
}

export async function loadCouncils(): Promise<CouncilView[]> {
  return (await getCollection('councils')).sort(byName).map((e) => ({ slug: e.id, data: e.data }));
}

/** Services that work in a council's area: those listing it, London-wide ones and national ones. */
export function servicesFor(services: ServiceView[], gss: string) {
  return {
    local: services.filter((s) => typeof s.data.area === 'object' && s.data.area.councils.includes(gss)),
    london: services.filter((s) => s.data.area === 'london'),
    national: services.filter((s) => s.data.area === 'national'),
  };
}

export const withGroup = (services: ServiceView[], group: Group) => services.filter((s) => s.data.groups?.includes(group));
export const withNeed = (services: ServiceView[], need: Need) => services.filter((s) => s.data.needs.includes(need));
