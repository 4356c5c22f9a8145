/**
 * How each language's UI strings were made: `locales/<code>/meta.json`. Readers see an honest notice
 * when the strings are machine-made and not yet reviewed by a native speaker.
 */
import { getLanguage } from './languages.ts';

export interface TranslationMeta {
  status: 'source' | 'machine' | 'reviewed';
  madeOn: string;
  madeBy: string;
  reviewedBy: string | null;
  reviewedOn: string | null;
}

const files = import.meta.glob<TranslationMeta>('../../locales/*/meta.json', { eager: true, import: 'default' });

export const translationMeta: Record<string, TranslationMeta> = Object.fromEntries(
  Object.entries(files).map(([path, meta]) => [path.split('/').at(-2) as string, meta]),
);

export function translationStatus(lang: string): TranslationMeta {
  getLanguage(lang);
  const meta = translationMeta[lang];
  if (!meta) throw new Error(`locales/${lang}/meta.json is missing: say how this language's strings were made.`);
  return meta;
}
