/**
 * Which facts are due to be checked again: every source whose "checked" date is more than six months
 * before today. Contact details and opening hours change often (research/facts.md, section 5).
 */
export interface Checked {
  /** Where the date is written, e.g. "content/services/galop.yaml". */
  file: string;
  title: string;
  url: string;
  checked: Date;
}

/** The day six calendar months before `today` (31 August → 28 or 29 February). */
export function sixMonthsBefore(today: Date): Date {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 6, 1));
  const lastDay = new Date(Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth() + 1, 0)).getUTCDate();
  limit.setUTCDate(Math.min(today.getUTCDate(), lastDay));
  return limit;
}

/** Sources last checked before the six-month limit, oldest first. */
export function staleSources(items: Checked[], today: Date): Checked[] {
  const limit = sixMonthsBefore(today).getTime();
  return items.filter((i) => i.checked.getTime() < limit).sort((a, b) => a.checked.getTime() - b.checked.getTime() || a.file.localeCompare(b.file));
}
