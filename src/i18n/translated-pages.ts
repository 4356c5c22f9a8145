/** Which pages have a real translation in a language (the others fall back to English). */
import { getCollection } from 'astro:content';
import { splitEntryId } from '../lib/routes.ts';
import { canonicalCode } from './languages.ts';

let cache: Promise<Map<string, Set<string>>> | undefined;

function load(): Promise<Map<string, Set<string>>> {
  cache ??= getCollection('pages').then((entries) => {
    const map = new Map<string, Set<string>>();
    for (const { id } of entries) {
      const { lang: folder, slug } = splitEntryId(id);
      const lang = canonicalCode(folder) ?? folder;
      if (!map.has(lang)) map.set(lang, new Set());
      map.get(lang)!.add(slug);
    }
    return map;
  });
  return cache;
}

/** Slugs ('' for the home page) that exist as real pages in `lang`. */
export async function translatedSlugs(lang: string): Promise<Set<string>> {
  return (await load()).get(lang) ?? new Set();
}
