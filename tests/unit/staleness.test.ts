import { expect, test } from 'vitest';
import { sixMonthsBefore, staleSources } from '../../src/lib/staleness.ts';

const item = (file: string, checked: string) => ({ file, title: file, url: 'https://example.org/', checked: new Date(checked) });

test('sources checked more than six months ago are listed, oldest first; recent ones are not', () => {
  const today = new Date('2026-11-23');
  const stale = staleSources([item('a', '2026-06-01'), item('b', '2025-01-10'), item('c', '2026-05-23'), item('d', '2026-05-22')], today);
  expect(stale.map((s) => s.file)).toEqual(['b', 'd']);
});

test('six months before the end of a long month is the end of a short one', () => {
  expect(sixMonthsBefore(new Date('2026-08-31')).toISOString().slice(0, 10)).toBe('2026-02-28');
  expect(sixMonthsBefore(new Date('2028-08-31')).toISOString().slice(0, 10)).toBe('2028-02-29');
});
