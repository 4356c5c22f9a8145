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
  { code: 'pl', englishName: 'Polish', endonym: 'Polski', dir: 'ltr', script: 'Latn' },
  { code: 'ar', englishName: 'Arabic', endonym: 'العربية', dir: 'rtl', script: 'Arab' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

/** English is the source language: every page is written in it first. */
export const defaultLanguage: LanguageCode = 'en';

export const languageCodes: readonly LanguageCode[] = languages.map((l) => l.code);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

/** The registry entry for a code; throws with the known codes when the code is not registered. */
export function getLanguage(code: string): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) {
    throw new Error(
      `Unknown language "${code}". Registered languages: ${languageCodes.join(', ')}. ` +
        'Add it to src/i18n/languages.ts first.',
    );
  }
  return found;
}
