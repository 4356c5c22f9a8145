import { describe, expect, test } from 'vitest';
import { i18nReport, renderReportTable } from '../../src/lib/i18n-report.ts';
import { sourceHash, translationSchema, translationState } from '../../src/lib/translation.ts';

const english = 'You are not alone.\n\nCall a helpline.';
const record = { status: 'machine' as const, sourceHash: sourceHash(english), translatedOn: new Date('2026-11-23') };

describe('translation records', () => {
  test('the hash ignores surrounding whitespace but not a change of words', () => {
    expect(sourceHash(`\n${english}\n\n`)).toBe(sourceHash(english));
    expect(sourceHash('You are not alone.\n\nCall the helpline.')).not.toBe(sourceHash(english));
    expect(sourceHash(english)).toMatch(/^[0-9a-f]{12}$/);
  });

  test('a translation made from the current English is current; after an English edit it is out of date', () => {
    const opts = { isEnglish: false, isFallback: false };
    expect(translationState(record, english, opts)).toEqual({ kind: 'translated', reviewed: false, reviewedOn: undefined, outdated: false });
    expect(translationState(record, `${english}\n\nA new paragraph.`, opts)).toMatchObject({ outdated: true });
  });

  test('English pages and fallbacks carry no translation notice; a translation without a record is an error', () => {
    expect(translationState(undefined, english, { isEnglish: true, isFallback: false })).toEqual({ kind: 'source' });
    expect(translationState(undefined, english, { isEnglish: false, isFallback: true })).toEqual({ kind: 'fallback' });
    expect(() => translationState(undefined, english, { isEnglish: false, isFallback: false })).toThrow(/needs a translation/);
  });

  test('a record with a bad status or hash is refused with what was expected', () => {
    const problems = (data: unknown) => {
      const r = translationSchema.safeParse(data);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(problems({ ...record, status: 'human' })).toEqual(['translation.status must be machine (not yet checked by a native speaker) or reviewed']);
    expect(problems({ ...record, sourceHash: 'abc' })).toEqual(['translation.sourceHash must be the 12-character hash of the English page it was made from']);
  });
});

describe('translation report', () => {
  test('counts interface strings by base key, pages, out-of-date and reviewed pages', () => {
    const rows = i18nReport({
      englishUiKeys: ['a', 'b_one', 'b_other'],
      englishPages: { '': english, privacy: 'Privacy.' },
      languages: [
        {
          code: 'pl',
          englishName: 'Polish',
          uiKeys: ['a', 'b_one', 'b_few', 'b_many', 'b_other'],
          uiStatus: 'machine',
          pages: [
            { slug: '', status: 'reviewed', sourceHash: sourceHash(english) },
            { slug: 'privacy', status: 'machine', sourceHash: '000000000000' },
          ],
        },
        { code: 'ti', englishName: 'Tigrinya', uiKeys: ['a'], uiStatus: 'machine', pages: [] },
      ],
    });
    expect(rows[0]).toEqual({ code: 'pl', name: 'Polish', ui: '2/2', uiStatus: 'machine', translated: 2, total: 2, outdated: ['privacy'], reviewed: 1 });
    expect(rows[1]).toMatchObject({ ui: '1/2', translated: 0, outdated: [] });
    expect(renderReportTable(rows)).toContain('| Polish | pl | 2/2 | machine | 2/2 | privacy | 1 |');
  });
});
