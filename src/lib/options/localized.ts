/**
 * The options checker's words for one language, at build time.
 *
 * The survivor (plain-language) wording comes from content/options/text/<lang>.yaml when a translation
 * of the current English exists; otherwise the English, marked `lang="en"`. The professional wording is
 * English in every language: professionals in London work in English, and legal terms must match the
 * statute. A page shows readers an honest notice when anything it shows is in English.
 */
import { getCollection } from 'astro:content';
import { chooseOptionWords, type OptionWords } from './words.ts';

export type { LocalText, OptionWords } from './words.ts';

const cache = new Map<string, Promise<OptionWords>>();

export function optionWords(lang: string): Promise<OptionWords> {
  if (!cache.has(lang)) cache.set(lang, build(lang));
  return cache.get(lang)!;
}

async function build(lang: string): Promise<OptionWords> {
  const entry = lang === 'en' ? undefined : (await getCollection('optionText')).find((e) => e.id.toLowerCase() === lang.toLowerCase());
  return chooseOptionWords(lang, entry?.data);
}

