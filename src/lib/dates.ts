/** Dates shown to readers, in their language, as London sees the day. */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Europe/London' }).format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
