import { getLanguage } from '../i18n/languages.ts';

/** Dates shown to readers, in their language, as London sees the day ("23 November 2026"). */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'Europe/London' }).format(date);
}

/** The locale Intl formats a language's dates, times and lists in (English as in the UK: en-GB). */
export function intlLocale(lang: string): string {
  const language = getLanguage(lang);
  return language.formatLocale ?? language.code;
}

/** The machine-readable form for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
