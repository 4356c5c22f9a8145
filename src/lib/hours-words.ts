/**
 * A week's opening hours in words, in the reader's language: day and time names come from the
 * browser-independent Intl data for the locale, the joining words from the UI strings.
 * "Monday to Friday: 09:00 to 17:00", "Closed on bank holidays".
 */
import type { WeeklyHours } from './opening-hours.ts';
import type { TFunction } from 'i18next';
import { intlLocale } from './dates.ts';


const referenceMonday = Date.UTC(2026, 0, 12);

export function describeHours(week: WeeklyHours, lang: string, t: TFunction): string[] {
  if (week.always) return [t('hours.always')];
  const locale = intlLocale(lang);
  const dayName = (weekday: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(referenceMonday + weekday * 86_400_000);
  const time = (minute: number) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
      referenceMonday + (minute % 1440) * 60_000,
    );
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

  // Days with the same hours share a line, in week order (Monday first, as in the UK).
  const lines = new Map<string, number[]>();
  for (const day of week.days) {
    const key = JSON.stringify(day.intervals);
    lines.set(key, [...(lines.get(key) ?? []), day.weekday]);
  }
  const words = [...lines].map(([key, weekdays]) => {
    const intervals = JSON.parse(key) as [number, number][];
    // Three or more days in a row read as a range: "Monday to Friday".
    const runs: number[][] = [];
    for (const d of weekdays) {
      const run = runs.at(-1);
      if (run && run.at(-1) === d - 1) run.push(d);
      else runs.push([d]);
    }
    const dayWords = runs.flatMap((run) =>
      run.length >= 3 ? [t('hours.dayRange', { first: dayName(run[0]!), last: dayName(run.at(-1)!) })] : run.map(dayName),
    );
    const times = intervals.map(([from, to]) =>
      from === 0 && to === 1440 ? t('hours.allDay') : t('hours.timeRange', { from: time(from), to: time(to) }),
    );
    return t('hours.line', { days: list(dayWords), times: list(times) });
  });
  if (week.bankHolidays === 'closed') words.push(t('hours.bankHolidaysClosed'));
  if (week.bankHolidays === 'unknown') words.push(t('hours.bankHolidaysUnknown'));
  if (week.bankHolidays === 'different') words.push(t('hours.bankHolidaysDifferent'));
  return words;
}
