import { afterEach, describe, expect, test } from 'vitest';
import { londonInstant, londonTimeline, parseOpeningHours, weeklyHours } from '../../src/lib/opening-hours.ts';
import { minuteOf, openStateAt } from '../../src/lib/open-state.ts';
import { describeHours } from '../../src/lib/hours-words.ts';
import { useTranslations } from '../../src/i18n/index.ts';

/** An instant given as London wall-clock time, checked against the UTC time it must be. */
const utc = (iso: string) => Date.parse(iso);
// Timelines start well before every instant below and run past them.
const from = utc('2026-09-01T00:00:00Z');
const stateAt = (hours: string, iso: string) => openStateAt(londonTimeline(hours, from, 800), minuteOf(utc(iso))).state;

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

// The machine's own time zone must not matter: only London's does.
describe.each(['UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata'])('with the machine in %s', (tz) => {
  test('a 24/7 service is open at any moment, including both nights the clocks change', () => {
    process.env['TZ'] = tz;
    for (const iso of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2027-03-28T00:59:00Z', '2027-03-28T01:00:00Z', '2026-12-25T12:00:00Z']) {
      expect(stateAt('24/7', iso), iso).toBe('open');
    }
  });

  test('weekday office hours: open on a weekday, closed at night and at weekends', () => {
    process.env['TZ'] = tz;
    const hours = 'Mo-Fr 09:00-17:00; PH off';
    expect(stateAt(hours, '2026-11-24T10:00:00Z')).toBe('open'); // Tuesday 10:00 GMT
    expect(stateAt(hours, '2026-11-24T17:00:00Z')).toBe('closed'); // 17:00: closing time
    expect(stateAt(hours, '2026-11-24T03:00:00Z')).toBe('closed');
    expect(stateAt(hours, '2026-11-28T11:00:00Z')).toBe('closed'); // Saturday
    expect(stateAt(hours, '2026-11-29T11:00:00Z')).toBe('closed'); // Sunday
  });

  test('summer time: 09:00 in London is 08:00 UTC, so a service opening at 09:00 opens an hour earlier in UTC', () => {
    process.env['TZ'] = tz;
    const hours = 'Mo-Fr 09:00-17:00';
    // Monday 19 October 2026, before the clocks go back: 08:30 UTC is 09:30 BST.
    expect(stateAt(hours, '2026-10-19T08:30:00Z')).toBe('open');
    expect(stateAt(hours, '2026-10-19T16:30:00Z')).toBe('closed'); // 17:30 BST
    // Monday 26 October 2026, after the clocks went back on the 25th: 08:30 UTC is 08:30 GMT.
    expect(stateAt(hours, '2026-10-26T08:30:00Z')).toBe('closed');
    expect(stateAt(hours, '2026-10-26T16:30:00Z')).toBe('open');
    // Spring: Friday 26 March 2027 is GMT, Monday 29 March 2027 is BST (clocks went forward on the 28th).
    expect(stateAt(hours, '2027-03-26T08:30:00Z')).toBe('closed');
    expect(stateAt(hours, '2027-03-29T08:30:00Z')).toBe('open');
  });

  test('overnight hours run past midnight, including across the clocks going forward', () => {
    process.env['TZ'] = tz;
    const hours = 'Mo-Th 22:00-02:00, Sa 22:00-02:00';
    expect(stateAt(hours, '2026-11-24T01:00:00Z')).toBe('open'); // Tuesday 01:00, from Monday night
    expect(stateAt(hours, '2026-11-24T03:00:00Z')).toBe('closed');
    expect(stateAt(hours, '2026-11-27T01:00:00Z')).toBe('open'); // Friday 01:00, from Thursday night
    expect(stateAt(hours, '2026-11-28T01:00:00Z')).toBe('closed'); // Saturday 01:00: Friday night is not listed
    // Saturday 27 March 2027, 22:00 GMT, to Sunday 02:00, when the clocks have gone forward at 01:00 UTC.
    expect(stateAt(hours, '2027-03-27T22:30:00Z')).toBe('open');
    expect(stateAt(hours, '2027-03-28T00:30:00Z')).toBe('open'); // 00:30 GMT
    expect(stateAt(hours, '2027-03-28T01:30:00Z')).toBe('closed'); // 02:30 BST
  });

  test('bank holidays: closed when the hours say so, unknown when the source does not say', () => {
    process.env['TZ'] = tz;
    // Friday 25 December 2026 (Christmas Day) and Monday 31 August 2026 (summer bank holiday) at noon.
    expect(stateAt('Mo-Fr 09:00-17:00; PH off', '2026-12-25T12:00:00Z')).toBe('closed');
    expect(stateAt('Mo-Fr 09:00-17:00; PH off', '2026-12-24T12:00:00Z')).toBe('open');
    expect(stateAt('Mo-Fr 09:00-17:00; PH unknown', '2026-12-25T12:00:00Z')).toBe('unknown');
    expect(stateAt('Mo-Fr 09:00-17:00; PH unknown', '2026-12-28T12:00:00Z')).toBe('unknown'); // Boxing Day substitute
    expect(stateAt('Mo-Fr 09:00-17:00', '2026-12-25T12:00:00Z')).toBe('open'); // no rule for holidays: usual hours
  });
});

describe('open state', () => {
  const timeline = londonTimeline('Mo-Fr 09:00-17:00; PH off', utc('2026-11-23T00:00:00Z'), 30);

  test('a closed service says when it next opens', () => {
    const state = openStateAt(timeline, minuteOf(utc('2026-11-28T12:00:00Z'))); // Saturday
    expect(state).toEqual({ state: 'closed', opens: minuteOf(utc('2026-11-30T09:00:00Z')) });
  });

  test('an open service says when it closes', () => {
    expect(openStateAt(timeline, minuteOf(utc('2026-11-24T10:00:00Z')))).toEqual({ state: 'open', closes: minuteOf(utc('2026-11-24T17:00:00Z')) });
  });

  test('outside the span the build worked out, nothing is claimed', () => {
    expect(openStateAt(timeline, minuteOf(utc('2026-11-22T12:00:00Z'))).state).toBe('no-data');
    expect(openStateAt(timeline, minuteOf(utc('2027-01-30T12:00:00Z'))).state).toBe('no-data');
  });
});

describe('London wall-clock time', () => {
  test('a time the clocks skip comes out an hour later; a time they show twice, the later one', () => {
    expect(new Date(londonInstant({ year: 2027, month: 3, day: 28, hour: 1, minute: 30 })).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(new Date(londonInstant({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 })).toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(new Date(londonInstant({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 })).toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });
});

describe('opening hours that do not parse', () => {
  test('fail with the value and an example of the right form', () => {
    expect(() => parseOpeningHours('Mon-Fri 9-5')).toThrow(/"Mon-Fri 9-5" is not valid opening_hours syntax \(for example "Mo-Fr 09:00-17:00; PH off"/);
  });
});

describe('hours in words', () => {
  const words = (hours: string, lang = 'en') => describeHours(weeklyHours(hours), lang, useTranslations(lang));

  test('24/7 reads as open all the time', () => {
    expect(words('24/7')).toEqual(['Open 24 hours a day, every day']);
  });

  test('days in a row read as a range, other days as a list, with the bank holiday rule', () => {
    expect(words('Mo-Fr 08:00-22:00; Sa,Su 09:00-18:00; PH off')).toEqual([
      'Monday to Friday: 08:00 to 22:00',
      'Saturday and Sunday: 09:00 to 18:00',
      'Closed on bank holidays',
    ]);
    expect(words('Mo,We,Fr 14:00-16:00; PH unknown')).toEqual(['Monday, Wednesday and Friday: 14:00 to 16:00', 'Bank holidays: check with the service']);
  });

  test('overnight hours read as one stretch', () => {
    expect(words('Mo-Th 22:00-02:00')).toEqual(['Monday to Thursday: 22:00 to 02:00']);
  });

  test('day names and lists come in the reader\'s language', () => {
    const [line] = words('Mo,We,Fr 14:00-16:00', 'pl');
    expect(line).toContain('poniedziałek');
    expect(line).toContain('14:00');
  });
});
