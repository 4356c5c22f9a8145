import { describe, expect, test } from 'vitest';
import { formatDate, isoDay } from '../../src/lib/dates.ts';

describe('dates shown to readers', () => {
  const day = new Date('2026-11-23T00:00:00Z');

  test('English dates are British: day, month, year', () => {
    expect(formatDate(day, 'en')).toBe('23 November 2026');
  });

  test('other languages use their own form', () => {
    expect(formatDate(day, 'pl')).toBe('23 listopada 2026');
    expect(formatDate(day, 'ar')).toContain('نوفمبر');
  });

  test('a summer date is still the same London day', () => {
    expect(formatDate(new Date('2026-07-01T00:00:00Z'), 'en')).toBe('1 July 2026');
    expect(isoDay(new Date('2026-07-01T00:00:00Z'))).toBe('2026-07-01');
  });
});
