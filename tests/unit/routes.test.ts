import { describe, expect, test } from 'vitest';
import { alternateLinks, buildPageRoutes, localizeContentHref, localizedPath, perLanguagePaths, splitEntryId } from '../../src/lib/routes.ts';

describe('routes', () => {
  test('content ids split into language and slug', () => {
    expect(splitEntryId('en')).toEqual({ lang: 'en', slug: '' });
    expect(splitEntryId('pl/privacy')).toEqual({ lang: 'pl', slug: 'privacy' });
    expect(splitEntryId('en/help/council')).toEqual({ lang: 'en', slug: 'help/council' });
  });

  test('paths always have the language prefix and a trailing slash', () => {
    expect(localizedPath('en')).toBe('/en/');
    expect(localizedPath('ar', 'privacy')).toBe('/ar/privacy/');
    expect(localizedPath('pl', '/help/council/')).toBe('/pl/help/council/');
  });

  test('every English page exists in every language, falling back to English where untranslated', () => {
    const routes = buildPageRoutes(['en', 'en/privacy', 'pl/privacy'], ['en', 'pl', 'ar']);
    expect(routes).toHaveLength(6);
    const find = (lang: string, slug: string) => routes.find((r) => r.lang === lang && r.slug === slug);
    expect(find('pl', 'privacy')).toMatchObject({ entryId: 'pl/privacy', isFallback: false });
    expect(find('ar', 'privacy')).toMatchObject({ entryId: 'en/privacy', isFallback: true });
    expect(find('pl', '')).toMatchObject({ entryId: 'en', isFallback: true });
    expect(find('en', '')).toMatchObject({ entryId: 'en', isFallback: false });
    expect(find('ar', 'privacy')?.translatedInto).toEqual(['en', 'pl']);
  });

  test('a language folder matches its tag in any case (Astro lower-cases content ids)', () => {
    const routes = buildPageRoutes(['en/privacy', 'zh-hans/privacy'], ['en', 'zh-Hans']);
    expect(routes.find((r) => r.lang === 'zh-Hans')).toMatchObject({ entryId: 'zh-hans/privacy', isFallback: false, translatedInto: ['en', 'zh-Hans'] });
  });

  test('hreflang alternates name only real translations, plus x-default', () => {
    const [route] = buildPageRoutes(['en/privacy', 'pl/privacy'], ['en', 'pl', 'ar']);
    expect(alternateLinks(route!)).toEqual([
      { hreflang: 'en', href: '/en/privacy/' },
      { hreflang: 'pl', href: '/pl/privacy/' },
      { hreflang: 'x-default', href: '/en/privacy/' },
    ]);
  });

  test('a translation without an English original is an error naming both files', () => {
    expect(() => buildPageRoutes(['en', 'pl/orphan'], ['en', 'pl'])).toThrow(
      'content/pl/orphan.mdx has no English original at content/en/orphan.mdx',
    );
  });

  test('a page outside a registered language folder is an error', () => {
    expect(() => buildPageRoutes(['xx/page'], ['en', 'pl'])).toThrow(/content\/xx\/page.*"xx" is not a registered language/);
  });

  test('links in content keep the reader in their language', () => {
    const langs = ['en', 'pl', 'ar'];
    expect(localizeContentHref('/en/privacy/', 'pl', langs)).toBe('/pl/privacy/');
    expect(localizeContentHref('/en/', 'ar', langs)).toBe('/ar/');
    expect(localizeContentHref('/en', 'ar', langs)).toBe('/ar/');
    expect(localizeContentHref('/en/privacy/#history', 'pl', langs)).toBe('/pl/privacy/#history');
    // Not a page of the site in a language: left as it is.
    expect(localizeContentHref('/favicon.svg', 'pl', langs)).toBe('/favicon.svg');
    expect(localizeContentHref('https://www.gov.uk/', 'pl', langs)).toBe('https://www.gov.uk/');
    expect(localizeContentHref('tel:999', 'pl', langs)).toBe('tel:999');
    expect(localizeContentHref('#main', 'pl', langs)).toBe('#main');
  });
});

test('pages that exist once per language get one path per registered language', () => {
  expect(perLanguagePaths(['en', 'ar'])).toEqual([{ params: { lang: 'en' } }, { params: { lang: 'ar' } }]);
});
