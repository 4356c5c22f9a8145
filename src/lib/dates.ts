import { getLanguage } from '../i18n/languages.ts';

/** Dates shown to readers, in their language, as London sees the day ("23 November 2026"). */
export function formatDate(date: Date, lang: string): string {
  const language = getLanguage(lang);
  return new Intl.DateTimeFormat(language.formatLocale ?? language.code, { dateStyle: 'long', timeZone: 'Europe/London' }).format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
