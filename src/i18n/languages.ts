/**
 * The language registry: the one place a language is declared.
 *
 * It feeds Astro's i18n config, routing, the language switcher, hreflang, Pagefind (through
 * `<html lang>`) and the test matrix. To add a language, add an entry here and a folder in
 * `locales/` (see locales/README.md).
 */
export interface Language {
  /** BCP 47 tag, used in URLs, `lang` and `hreflang`. */
  readonly code: string;
  /** The language's name in English, for editors and reports. */
  readonly englishName: string;
  /** The language's name in itself, shown in the language switcher. */
  readonly endonym: string;
  /** Writing direction. */
  readonly dir: 'ltr' | 'rtl';
  /** ISO 15924 script code. */
  readonly script: string;
  /** Locale for dates and numbers when it differs from `code` (British English, not American). */
  readonly formatLocale?: string;
}

export const languages = [
  { code: 'en', englishName: 'English', endonym: 'English', dir: 'ltr', script: 'Latn', formatLocale: 'en-GB' },
  { code: 'sq', englishName: 'Albanian', endonym: 'Shqip', dir: 'ltr', script: 'Latn' },
  { code: 'ar', englishName: 'Arabic', endonym: 'العربية', dir: 'rtl', script: 'Arab' },
  { code: 'bn', englishName: 'Bengali', endonym: 'বাংলা', dir: 'ltr', script: 'Beng' },
  { code: 'bg', englishName: 'Bulgarian', endonym: 'Български', dir: 'ltr', script: 'Cyrl' },
  { code: 'zh-Hans', englishName: 'Chinese (Simplified)', endonym: '简体中文', dir: 'ltr', script: 'Hans' },
  { code: 'fr', englishName: 'French', endonym: 'Français', dir: 'ltr', script: 'Latn' },
  { code: 'el', englishName: 'Greek', endonym: 'Ελληνικά', dir: 'ltr', script: 'Grek' },
  { code: 'gu', englishName: 'Gujarati', endonym: 'ગુજરાતી', dir: 'ltr', script: 'Gujr' },
  { code: 'it', englishName: 'Italian', endonym: 'Italiano', dir: 'ltr', script: 'Latn' },
  { code: 'lt', englishName: 'Lithuanian', endonym: 'Lietuvių', dir: 'ltr', script: 'Latn' },
  { code: 'pa', englishName: 'Panjabi (Gurmukhi)', endonym: 'ਪੰਜਾਬੀ', dir: 'ltr', script: 'Guru' },
  { code: 'ps', englishName: 'Pashto', endonym: 'پښتو', dir: 'rtl', script: 'Arab' },
  { code: 'fa', englishName: 'Persian (Farsi)', endonym: 'فارسی', dir: 'rtl', script: 'Arab' },
  { code: 'pl', englishName: 'Polish', endonym: 'Polski', dir: 'ltr', script: 'Latn' },
  { code: 'pt', englishName: 'Portuguese', endonym: 'Português', dir: 'ltr', script: 'Latn' },
  { code: 'ro', englishName: 'Romanian', endonym: 'Română', dir: 'ltr', script: 'Latn' },
  { code: 'ru', englishName: 'Russian', endonym: 'Русский', dir: 'ltr', script: 'Cyrl' },
  { code: 'so', englishName: 'Somali', endonym: 'Soomaali', dir: 'ltr', script: 'Latn' },
  { code: 'es', englishName: 'Spanish', endonym: 'Español', dir: 'ltr', script: 'Latn' },
  { code: 'ta', englishName: 'Tamil', endonym: 'தமிழ்', dir: 'ltr', script: 'Taml' },
  { code: 'ti', englishName: 'Tigrinya', endonym: 'ትግርኛ', dir: 'ltr', script: 'Ethi' },
  { code: 'tr', englishName: 'Turkish', endonym: 'Türkçe', dir: 'ltr', script: 'Latn' },
  { code: 'uk', englishName: 'Ukrainian', endonym: 'Українська', dir: 'ltr', script: 'Cyrl' },
  { code: 'ur', englishName: 'Urdu', endonym: 'اردو', dir: 'rtl', script: 'Arab' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

/** English is the source language: every page is written in it first. */
export const defaultLanguage: LanguageCode = 'en';

export const languageCodes: readonly LanguageCode[] = languages.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

/**
 * The registered code for a tag written in any case (BCP 47 tags are case-insensitive; Astro's content
 * ids are lower-cased, so `content/zh-Hans/` has ids starting `zh-hans/`). Undefined if not registered.
 */
export function canonicalCode(tag: string): LanguageCode | undefined {
  return languageCodes.find((code) => code.toLowerCase() === tag.toLowerCase());
}

/** The registry entry for a code; throws with the known codes when the code is not registered. */
export function getLanguage(code: string): Language {
  const found = languages.find((l) => l.code.toLowerCase() === code.toLowerCase());
  if (!found) {
    throw new Error(
      `Unknown language "${code}". Registered languages: ${languageCodes.join(', ')}. ` +
        'Add it to src/i18n/languages.ts first.',
    );
  }
  return found;
}
