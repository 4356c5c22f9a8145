/**
 * Opening hours in OpenStreetMap's `opening_hours` syntax (`Mo-Fr 09:00-17:00; PH off`, `24/7`), read
 * by the well-kept opening_hours library with England's public holidays. Everything is in London time:
 * the library reads wall-clock fields, so this module gives it London wall-clock times and turns its
 * answers back into instants with the time zone database (Intl), which is what makes the clocks
 * changing come out right. Runs at build time only; the browser gets a precomputed timeline.
 */
import OpeningHours from 'opening_hours';
import type { HoursTimeline } from './open-state.ts';

export const londonTimeZone = 'Europe/London';

/** England's public holidays, and a point in London for sunrise-based rules (none are used). */
const england = { lat: 51.5074, lon: -0.1278, address: { country_code: 'gb', state: 'England' } };

/**
 * Parses a value, or throws an Error whose message an editor can act on. The library's warnings count
 * as errors: it reads "Mon-Fri 9-5" as 09:00 to 05:00, which is not what anyone who wrote it meant.
 */
export function parseOpeningHours(value: string): OpeningHours {
  const example = '(for example "Mo-Fr 09:00-17:00; PH off" or "24/7")';
  let hours: OpeningHours;
  try {
    // The library's types want a full Nominatim object; it reads only these fields.
    hours = new OpeningHours(value, england as unknown as ConstructorParameters<typeof OpeningHours>[1]);
  } catch (error) {
    const reason = String(error).replace(/\s+/g, ' ').trim();
    throw new Error(`"${value}" is not valid opening_hours syntax ${example}: ${reason}`);
  }
  const warnings = hours.getWarnings();
  if (warnings.length > 0) {
    throw new Error(`"${value}" is not valid opening_hours syntax ${example}: ${warnings.join(' ').replace(/\s+/g, ' ')}`);
  }
  return hours;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: londonTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** The wall-clock time in London at an instant. */
export function londonWallClock(ms: number): WallClock {
  const get = (type: string) => Number(londonParts.formatToParts(ms).find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const offsetMinutes = (ms: number) => {
  const w = londonWallClock(ms);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60_000) * 60_000) / 60_000);
};

/**
 * The instant at which London's clocks show a wall-clock time. A time the clocks skip (01:30 on the
 * March change) comes out an hour later, as the clocks read; a time they show twice (01:30 in October)
 * comes out as the later one.
 */
export function londonInstant(w: WallClock): number {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const first = guess - offsetMinutes(guess) * 60_000;
  return guess - offsetMinutes(first) * 60_000;
}

/** A local Date whose fields are the London wall-clock time, which is what the library reads. */
const asLocal = (w: WallClock) => new Date(w.year, w.month - 1, w.day, w.hour, w.minute);
const fromLocal = (d: Date): WallClock => ({
  year: d.getFullYear(),
  month: d.getMonth() + 1,
  day: d.getDate(),
  hour: d.getHours(),
  minute: d.getMinutes(),
});

/**
 * When the service is open, or its hours unknown, from the start of the London day containing `fromMs`
 * for `days` days: the data the browser needs to say "open now" without the library.
 */
export function londonTimeline(value: string, fromMs: number, days: number): HoursTimeline {
  const hours = parseOpeningHours(value);
  const today = londonWallClock(fromMs);
  const start = { ...today, hour: 0, minute: 0 };
  const endLocal = new Date(start.year, start.month - 1, start.day + days);
  const intervals = hours.getOpenIntervals(asLocal(start), endLocal);
  const toMinute = (d: Date) => Math.floor(londonInstant(fromLocal(d)) / 60_000);
  const open: [number, number][] = [];
  const unknown: [number, number][] = [];
  for (const [from, to, isUnknown] of intervals) {
    const list = isUnknown ? unknown : open;
    const range: [number, number] = [toMinute(from), toMinute(to)];
    const last = list.at(-1);
    if (last && last[1] === range[0]) last[1] = range[1];
    else list.push(range);
  }
  return { f: toMinute(asLocal(start)), t: toMinute(endLocal), o: open, u: unknown };
}

/** A week's hours, Monday first, as minutes from the start of each day (an end past 1440 runs overnight). */
export interface WeeklyHours {
  /** Open every minute of every day, bank holidays included. */
  always: boolean;
  days: { weekday: number; intervals: [number, number][] }[];
  /** On a bank holiday: closed, unknown (the source does not say), the usual hours, or other hours. */
  bankHolidays: 'closed' | 'unknown' | 'usual' | 'different';
}

// A week with no bank holiday in England (Monday 12 January 2026), and Christmas Day 2026 (a Friday).
const referenceMonday = { year: 2026, month: 1, day: 12 };
const referenceHoliday = { year: 2026, month: 12, day: 25 };
const referenceFriday = { year: 2026, month: 1, day: 16 };

function dayIntervals(hours: OpeningHours, date: { year: number; month: number; day: number }) {
  const start = asLocal({ ...date, hour: 0, minute: 0 });
  const end = new Date(date.year, date.month - 1, date.day + 1);
  const minutes = (d: Date) => Math.round((d.getTime() - start.getTime()) / 60_000);
  return hours.getOpenIntervals(start, end).map(([from, to, isUnknown]) => ({ from: minutes(from), to: minutes(to), isUnknown }));
}

export function weeklyHours(value: string): WeeklyHours {
  const hours = parseOpeningHours(value);
  const clipped = Array.from({ length: 7 }, (_, i) =>
    dayIntervals(hours, { ...referenceMonday, day: referenceMonday.day + i })
      .filter((r) => !r.isUnknown)
      .map((r) => [r.from, r.to] as [number, number]),
  );
  // An interval that runs past midnight (22:00-02:00) reads as one: join the part after midnight to
  // the evening it belongs to, unless that day is open all day.
  for (let i = 0; i < 7; i++) {
    const last = clipped[i]!.at(-1);
    const next = clipped[(i + 1) % 7]!;
    const first = next[0];
    if (last && first && last[1] === 1440 && last[0] > 0 && first[0] === 0 && first[1] <= 720) {
      last[1] = 1440 + first[1];
      next.shift();
    }
  }
  const days = clipped.map((intervals, weekday) => ({ weekday, intervals }));
  const always = value.trim() === '24/7';
  const holiday = dayIntervals(hours, referenceHoliday);
  const friday = dayIntervals(hours, referenceFriday);
  const same = JSON.stringify(holiday.map((r) => [r.from, r.to, r.isUnknown])) === JSON.stringify(friday.map((r) => [r.from, r.to, false]));
  const bankHolidays = same ? 'usual' : holiday.length === 0 ? 'closed' : holiday.every((r) => r.isUnknown) ? 'unknown' : 'different';
  return { always: always && bankHolidays === 'usual', days: days.filter((d) => d.intervals.length > 0), bankHolidays };
}
