/**
 * Routing: which pages exist at which URL, and which of them fall back to English.
 *
 * Content entry ids come from the glob loader as `<lang>` (the folder's index.mdx) or `<lang>/<slug>`.
 * Every English page is served in every language's shell at `/<lang>/<slug>/`; where the language has
 * no translation, the English entry is used and the route is marked as a fallback (DESIGN.md,
 * "A page missing in one language").
 */
import { defaultLanguage, type LanguageCode } from '../i18n/languages.ts';

export interface PageRoute {
  /** The language of the shell: URL prefix, `<html lang>`, UI strings. */
  lang: LanguageCode;
  /** Path after the language, '' for the language's home page. */
  slug: string;
  /** The content entry rendered at this URL. */
  entryId: string;
  /** True when the entry is the English original shown because no translation exists yet. */
  isFallback: boolean;
  /** Languages with a real translation of this page (always includes English). */
  translatedInto: LanguageCode[];
}

/** Splits a content id into its language folder and the slug below it. */
export function splitEntryId(id: string): { lang: string; slug: string } {
  const [lang = '', ...rest] = id.split('/');
  return { lang, slug: rest.join('/') };
}

/** The URL of a page in a language, with the trailing slash the site always uses. */
export function localizedPath(lang: string, slug = ''): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/**
 * Every page route for every language.
 * @throws when a translation has no English original, or an entry sits outside a language folder.
 */
export function buildPageRoutes(entryIds: readonly string[], langs: readonly LanguageCode[]): PageRoute[] {
  // Per language (as registered), the slugs it has and the content id of each.
  const byLang = new Map<string, Map<string, string>>();
  for (const id of entryIds) {
    const { lang: folder, slug } = splitEntryId(id);
    // Content ids are lower-cased by Astro; language tags are case-insensitive.
    const lang = langs.find((l) => l.toLowerCase() === folder.toLowerCase());
    if (!lang) {
      throw new Error(
        `content/${id}: pages must sit in a language folder (${langs.join(', ')}); "${folder}" is not a registered language.`,
      );
    }
    if (!byLang.has(lang)) byLang.set(lang, new Map());
    byLang.get(lang)!.set(slug, id);
  }
  const english = byLang.get(defaultLanguage) ?? new Map<string, string>();
  for (const [lang, slugs] of byLang) {
    for (const slug of slugs.keys()) {
      if (!english.has(slug)) {
        throw new Error(
          `content/${lang}/${slug || 'index'}.mdx has no English original at content/${defaultLanguage}/${slug || 'index'}.mdx. ` +
            'Every page is written in English first, then translated.',
        );
      }
    }
  }
  const routes: PageRoute[] = [];
  for (const slug of [...english.keys()].sort()) {
    const translatedInto = langs.filter((l) => byLang.get(l)?.has(slug));
    for (const lang of langs) {
      const own = byLang.get(lang)?.get(slug);
      routes.push({
        lang,
        slug,
        entryId: own ?? english.get(slug)!,
        isFallback: own === undefined,
        translatedInto,
      });
    }
  }
  return routes;
}

/** `hreflang` alternates: only real translations, plus x-default pointing at English. */
export function alternateLinks(route: Pick<PageRoute, 'slug' | 'translatedInto'>): { hreflang: string; href: string }[] {
  return [
    ...route.translatedInto.map((l) => ({ hreflang: l, href: localizedPath(l, route.slug) })),
    { hreflang: 'x-default', href: localizedPath(defaultLanguage, route.slug) },
  ];
}

/**
 * A link written in content points into the content's own language (`/en/privacy/`). Shown in another
 * language's shell (a fallback page), it must keep the reader in their language: `/pl/privacy/`.
 * Links elsewhere (other sites, `tel:`, `#anchors`) are left alone.
 */
export function localizeContentHref(href: string, shellLang: string, langs: readonly string[]): string {
  const match = /^\/([^/?#]+)(\/.*)?$/.exec(href);
  if (!match || !langs.includes(match[1]!)) return href;
  return `/${shellLang}${match[2] ?? '/'}`;
}

/** `getStaticPaths` for a page that exists once per language (404, languages list). */
export function perLanguagePaths(langs: readonly string[]): { params: { lang: string } }[] {
  return langs.map((lang) => ({ params: { lang } }));
}
