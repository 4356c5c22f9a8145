/**
 * UI strings through i18next, at build time only: no i18next code reaches the browser.
 *
 * Strings live in `locales/<code>/ui.json` (flat keys, dot-namespaced by component). Plurals use
 * i18next's CLDR suffixes (`_one`, `_few`, `_many`, `_other`, …), so Polish and Arabic get their forms.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, getLanguage, languageCodes } from './languages.ts';

type Strings = Record<string, string>;

const files = import.meta.glob<Strings>('../../locales/*/ui.json', { eager: true, import: 'default' });

/** All UI strings, keyed by language code. */
export const uiStrings: Record<string, Strings> = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => [path.split('/').at(-2) as string, strings]),
);

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries(uiStrings).map(([code, strings]) => [code, { ui: strings }])),
  supportedLngs: [...languageCodes],
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  ns: ['ui'],
  defaultNS: 'ui',
  // Keys are flat ("quickExit.label"), not nested objects.
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes text on output; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
});

/** A translate function fixed to one language. Throws if the language is not registered. */
export function useTranslations(lang: string): TFunction {
  getLanguage(lang);
  return instance.getFixedT(lang);
}

const slot = '\u{E000}';

/**
 * A translated sentence split around one variable, so markup (a <time>, a link) can sit where each
 * language puts that variable: `[before, after]`.
 */
export function translateAround(t: TFunction, key: string, variable: string, options: Record<string, unknown> = {}): [string, string] {
  const text = t(key, { ...options, [variable]: slot });
  const at = text.indexOf(slot);
  if (at === -1) return [text, ''];
  return [text.slice(0, at), text.slice(at + slot.length)];
}

/**
 * A plural string's forms for the browser: `{ one: "{{count}} service…", other: "…" }`, with the
 * variables left in, for a script to pick with Intl.PluralRules (no i18next in the browser).
 */
export function pluralForms(lang: string, key: string): Record<string, string> {
  const code = getLanguage(lang).code;
  const strings = uiStrings[code] ?? {};
  const english = uiStrings[defaultLanguage] ?? {};
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((c) => [c, strings[`${key}_${c}`] ?? english[`${key}_other`] ?? key]));
}
