/**
 * The list of every page in a language, A to Z in that language's own order (issue #8): what the search
 * page offers without JavaScript, or when the search index cannot load.
 */
import { localizedPath, type PageRoute } from './routes.ts';

export interface ListedPage {
  href: string;
  title: string;
  /** The page is shown in English in this language (not translated yet). */
  inEnglish: boolean;
}

export interface LetterGroup {
  /** The initial the pages share, as a reader of the language writes it; '' when not grouped. */
  letter: string;
  pages: ListedPage[];
}

/** Every content page of one language, with the title it is shown under in that language's shell. */
export function languagePages(routes: readonly PageRoute[], titleOf: (entryId: string) => string, lang: string): ListedPage[] {
  return routes
    .filter((r) => r.lang === lang)
    .map((r) => ({ href: localizedPath(lang, r.slug), title: titleOf(r.entryId), inEnglish: r.isFallback }));
}

/**
 * The letter a title is filed under, in capitals: its first grapheme, without an accent the language
 * ignores when sorting (French É is E) but with one it treats as a letter of its own (Turkish Ş, Polish
 * Ł); for a consonant with a vowel sign (Bengali নি), the consonant.
 */
export function initialOf(title: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'grapheme' });
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  for (const { segment } of segmenter.segment(title)) {
    // Skip opening quotes, brackets and spaces: "‘Safe’ homes" is filed under S.
    if (!/[\p{L}\p{N}]/u.test(segment)) continue;
    const composed = segment.normalize('NFC');
    const base = [...segment.normalize('NFD')][0] ?? composed;
    const letter = collator.compare(composed, base) !== 0 && [...composed].length === 1 ? composed : base;
    return letter.toLocaleUpperCase(lang);
  }
  return '';
}

/**
 * Pages sorted with the language's collation (Intl.Collator), grouped by initial where the script has
 * letters to group by. Letters the language treats as the same at base level share a group (French É
 * with E); letters it treats as different stay apart (Turkish Ş after S, Polish Ł after L).
 * Chinese has no alphabet to file by: one group, ordered as the collation orders it (pinyin).
 */
export function aToZ(pages: readonly ListedPage[], lang: string, groupByLetter = true): LetterGroup[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true, ignorePunctuation: true });
  const sorted = [...pages].sort((a, b) => collator.compare(a.title, b.title) || a.href.localeCompare(b.href));
  if (!groupByLetter) return sorted.length ? [{ letter: '', pages: sorted }] : [];
  const groups: LetterGroup[] = [];
  for (const page of sorted) {
    const letter = initialOf(page.title, lang);
    const last = groups.at(-1);
    if (last && last.letter === letter) last.pages.push(page);
    else groups.push({ letter, pages: [page] });
  }
  return groups;
}
