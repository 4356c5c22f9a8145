/**
 * Picks the options checker's words for a language from its translation file (pure; no Astro imports,
 * so unit tests can call it). localized.ts loads the file at build time.
 */
import { sourceHash } from '../translation.ts';
import { text, type TextKey } from './text.en.ts';

export interface LocalText {
  text: string;
  /** The language the text is in: the page's, or 'en' when it falls back. */
  lang: string;
}

export interface OptionWords {
  survivor: Record<TextKey, LocalText>;
  professional: Record<TextKey, LocalText>;
  /** Keys shown in English in this language because no current translation exists. */
  fallbackKeys: TextKey[];
  /** The translation's record (machine-made or reviewed), or undefined for English. */
  translation: { status: 'machine' | 'reviewed'; translatedOn: Date; reviewedOn?: Date | undefined } | undefined;
}

const keys = Object.keys(text) as TextKey[];

/** The translation file's contents (content/options/text/<lang>.yaml), as the collection parses them. */
export interface OptionTranslation {
  translation: { status: 'machine' | 'reviewed'; translatedOn: Date; reviewedOn?: Date | undefined };
  texts: Record<string, { text: string; sourceHash: string }>;
}

/** Pure: picks each text's wording for `lang` from a translation file, falling back to English. */
export function chooseOptionWords(lang: string, file: OptionTranslation | undefined): OptionWords {
  const survivor = {} as Record<TextKey, LocalText>;
  const professional = {} as Record<TextKey, LocalText>;
  const fallbackKeys: TextKey[] = [];
  for (const key of keys) {
    const english = text[key];
    const translated = file?.texts[key];
    // A translation made from older English is not shown: the English is, until the translation is updated.
    if (lang === 'en') survivor[key] = { text: english.survivor, lang };
    else if (translated && translated.sourceHash === sourceHash(english.survivor)) survivor[key] = { text: translated.text, lang };
    else {
      survivor[key] = { text: english.survivor, lang: 'en' };
      fallbackKeys.push(key);
    }
    professional[key] = { text: english.professional, lang: 'en' };
  }
  return {
    survivor,
    professional,
    fallbackKeys,
    translation: file ? { status: file.translation.status, translatedOn: file.translation.translatedOn, reviewedOn: file.translation.reviewedOn } : undefined,
  };
}
