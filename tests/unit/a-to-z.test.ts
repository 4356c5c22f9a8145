import { describe, expect, test } from 'vitest';
import { aToZ, initialOf, languagePages, type ListedPage } from '../../src/lib/a-to-z.ts';
import { buildPageRoutes } from '../../src/lib/routes.ts';

const pages = (...titles: string[]): ListedPage[] => titles.map((title, i) => ({ href: `/x/${i}/`, title, inEnglish: false }));
const shape = (groups: ReturnType<typeof aToZ>) => groups.map((g) => `${g.letter}: ${g.pages.map((p) => p.title).join(', ')}`);

describe('A to Z list', () => {
  test('English: sorted and grouped by first letter, ignoring case and opening quotes', () => {
    expect(shape(aToZ(pages('privacy', 'About this site', '‘Safe’ homes', 'Police'), 'en'))).toEqual([
      'A: About this site',
      'P: Police, privacy',
      'S: ‘Safe’ homes',
    ]);
  });

  test('French files É with E', () => {
    expect(shape(aToZ(pages('Enfants', 'Écoles', 'Aide'), 'fr'))).toEqual(['A: Aide', 'E: Écoles, Enfants']);
  });

  test('Turkish keeps Ş after S and İ apart from I, as Turkish readers file them', () => {
    expect(shape(aToZ(pages('Şiddet', 'Sığınma', 'İzin', 'Işık'), 'tr'))).toEqual(['I: Işık', 'İ: İzin', 'S: Sığınma', 'Ş: Şiddet']);
  });

  test('Polish files Ł after L, not with it', () => {
    expect(shape(aToZ(pages('Łatwe', 'Lekarz', 'Mieszkanie'), 'pl'))).toEqual(['L: Lekarz', 'Ł: Łatwe', 'M: Mieszkanie']);
  });

  test('Greek and Bengali group by the base letter, without accents or vowel signs', () => {
    expect(initialOf('Άδεια', 'el')).toBe('Α');
    expect(initialOf('নিরাপদ বাসস্থান', 'bn')).toBe('ন');
  });

  test('Chinese is one list in the collation’s order, not one heading per character', () => {
    const groups = aToZ(pages('隐私', '安全住房'), 'zh-Hans', false);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.letter).toBe('');
    expect(groups[0]!.pages.map((p) => p.title)).toEqual(['安全住房', '隐私']);
  });

  test('every page of a language is listed, untranslated ones marked as English', () => {
    const routes = buildPageRoutes(['en', 'en/privacy', 'pl'], ['en', 'pl']);
    const titles: Record<string, string> = { en: 'Home', 'en/privacy': 'Privacy', pl: 'Strona główna' };
    expect(languagePages(routes, (id) => titles[id]!, 'pl')).toEqual([
      { href: '/pl/', title: 'Strona główna', inEnglish: false },
      { href: '/pl/privacy/', title: 'Privacy', inEnglish: true },
    ]);
  });
});
