import { describe, expect, test } from 'vitest';
import { translateAround, uiStrings, useTranslations } from '../../src/i18n/index.ts';
import { translationMeta } from '../../src/i18n/translation-status.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(pluralSuffix, '');
const variables = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));

const english = uiStrings['en']!;
const englishBaseKeys = new Set(Object.keys(english).map(baseKey));

describe('UI strings', () => {
  test('every registered language has strings and a translation record', () => {
    for (const code of languageCodes) {
      expect(uiStrings[code], `locales/${code}/ui.json`).toBeDefined();
      expect(translationMeta[code], `locales/${code}/meta.json`).toBeDefined();
      expect(['source', 'machine', 'reviewed']).toContain(translationMeta[code]!.status);
    }
    expect(translationMeta['en']!.status).toBe('source');
  });

  describe.each(languageCodes.filter((c) => c !== 'en'))('%s', (code) => {
    const strings = uiStrings[code] ?? {};
    const keys = Object.keys(strings);

    test('has a locales/<code>/ui.json', () => {
      expect(uiStrings[code], `locales/${code}/ui.json`).toBeDefined();
    });

    test('has every key English has', () => {
      const own = new Set(keys.map(baseKey));
      expect([...englishBaseKeys].filter((k) => !own.has(k))).toEqual([]);
    });

    test('has a glossary with every English term, each with a term and a note', async () => {
      const { existsSync, readFileSync } = await import('node:fs');
      const read = (c: string) => JSON.parse(readFileSync(new URL(`../../locales/${c}/glossary.json`, import.meta.url), 'utf8'));
      expect(existsSync(new URL(`../../locales/${code}/glossary.json`, import.meta.url)), `locales/${code}/glossary.json`).toBe(true);
      const glossary = read(code) as Record<string, { term: string; note: string }>;
      expect(Object.keys(glossary).sort()).toEqual(Object.keys(read('en')).sort());
      for (const [key, entry] of Object.entries(glossary)) {
        expect(entry.term?.trim(), key).toBeTruthy();
        expect(entry.note?.trim(), key).toBeTruthy();
      }
    });

    test('has no key English lacks', () => {
      expect(keys.map(baseKey).filter((k) => !englishBaseKeys.has(k))).toEqual([]);
    });

    test('has every plural form its language needs', () => {
      const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const pluralBases = new Set(Object.keys(english).filter((k) => pluralSuffix.test(k)).map(baseKey));
      for (const base of pluralBases) {
        for (const category of needed) expect(strings, `${base}_${category}`).toHaveProperty(`${base}_${category}`);
      }
    });

    test('uses only the interpolation variables English uses, and no empty strings', () => {
      for (const [key, text] of Object.entries(strings)) {
        expect(text.trim(), key).not.toBe('');
        const englishText = english[key] ?? english[`${baseKey(key)}_other`] ?? '';
        const allowed = variables(englishText);
        for (const v of variables(text)) expect(allowed, `${key} uses {{${v}}}`).toContain(v);
        // A plural form may leave out {{count}} ("one more time"); every other variable must stay.
        for (const v of allowed) if (v !== 'count') expect(variables(text), `${key} lost {{${v}}}`).toContain(v);
      }
    });
  });

  test('plurals follow each language\'s rules', () => {
    expect(useTranslations('en')('quickExit.pressMore', { count: 1 })).toBe('Shift, press 1 more time to exit.');
    expect(useTranslations('en')('quickExit.pressMore', { count: 2 })).toBe('Shift, press 2 more times to exit.');
    expect(useTranslations('pl')('quickExit.pressMore', { count: 2 })).toContain('2 razy');
    expect(useTranslations('ar')('quickExit.pressMore', { count: 2 })).toContain('مرتين');
  });

  test('a sentence splits around a variable so markup can sit inside it', () => {
    const t = useTranslations('en');
    expect(translateAround(t, 'page.lastReviewed', 'date')).toEqual(['Last reviewed: ', '']);
    expect(translateAround(useTranslations('ar'), 'page.lastReviewed', 'date')).toEqual(['آخر مراجعة: ', '']);
  });
});
