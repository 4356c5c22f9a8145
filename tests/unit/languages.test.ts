import { describe, expect, test } from 'vitest';
import { defaultLanguage, getLanguage, isLanguageCode, languageCodes, languages } from '../../src/i18n/languages.ts';

describe('language registry', () => {
  test('codes are unique and English is the default', () => {
    expect(new Set(languageCodes).size).toBe(languageCodes.length);
    expect(defaultLanguage).toBe('en');
    expect(languageCodes).toContain('en');
  });

  test('every language has an endonym, a direction and a script', () => {
    for (const l of languages) {
      expect(l.endonym.trim(), l.code).not.toBe('');
      expect(['ltr', 'rtl'], l.code).toContain(l.dir);
      expect(l.script, l.code).toMatch(/^[A-Z][a-z]{3}$/);
      // BCP 47 tags as Intl understands them, so dates and plurals work in each language.
      expect(Intl.getCanonicalLocales(l.code)[0], l.code).toBe(l.code);
    }
  });

  test('Arabic script languages are right-to-left, the others left-to-right', () => {
    for (const l of languages) expect(l.dir, l.code).toBe(l.script === 'Arab' ? 'rtl' : 'ltr');
    expect(getLanguage('ar').dir).toBe('rtl');
    expect(getLanguage('pl').dir).toBe('ltr');
  });

  test('an unknown code is refused with the list of known ones', () => {
    expect(isLanguageCode('pl')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(isLanguageCode(undefined)).toBe(false);
    expect(() => getLanguage('xx')).toThrow(/Unknown language "xx". Registered languages: en, sq, ar, .*, ur\./);
  });
});
