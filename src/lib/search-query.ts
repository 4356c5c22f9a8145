/**
 * What to ask the search index for, given what a reader typed (issue #8).
 *
 * Everything here runs in the reader's browser, in memory: the query is never stored or sent anywhere.
 * Pagefind matches whole words (and the start of the last word), ignores accents and drops combining
 * marks such as the Indic virama on both sides, so most spellings already match. What it cannot know:
 *
 * - Turkish dotless ı is a letter of its own, not an accented i: "siginma" does not find "sığınma".
 *   Readers on phones without a Turkish keyboard type i, so each i is also tried as ı.
 * - Urdu, Persian and Arabic share a script but use different code points for yeh, kaf and heh; a reader
 *   on another language's keyboard types the other one ("پناه" for Urdu "پناہ").
 * - Survivors use their own words ("shelter", "safe house", "NRPF", "refudge"): a small table per
 *   language (locales/<code>/search-synonyms.json) adds the site's own word.
 */

/** One row of a language's synonym table: when the query contains one of `when`, also search `search`. */
export interface SynonymEntry {
  search: string;
  when: string[];
}

/** Query variants to run at most, so a long Turkish query cannot start dozens of searches. */
export const maxQueries = 12;

/** Letters a reader may type from another keyboard of the same script, mapped to this language's own. */
const scriptFolds: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Arabic yeh and kaf, and Arabic heh (Urdu writes heh goal ہ), from an Arabic or Persian keyboard.
  ur: { ي: 'ی', ى: 'ی', ك: 'ک', ه: 'ہ' },
  // Arabic yeh and kaf from an Arabic keyboard.
  fa: { ي: 'ی', ى: 'ی', ك: 'ک' },
  // Persian yeh and kaf from a Persian or Urdu keyboard.
  ar: { ی: 'ي', ک: 'ك' },
};

/** Lower case, straight apostrophes, single spaces: the form synonym tables are written in. */
export function normaliseQuery(query: string, lang: string): string {
  const folds = scriptFolds[lang];
  let text = query.normalize('NFC').replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  if (folds) text = [...text].map((c) => folds[c] ?? c).join('');
  return text;
}

/** Every way of reading each i of a Turkish query as i or ı, the query as typed first. */
function turkishVariants(query: string): string[] {
  const positions = [...query].flatMap((c, i) => (c === 'i' ? [i] : []));
  // Each further i doubles the variants: beyond three, keep the rest as typed.
  const tried = positions.slice(0, 3);
  const chars = [...query];
  const variants: string[] = [];
  for (let mask = 0; mask < 2 ** tried.length; mask++) {
    const copy = [...chars];
    tried.forEach((at, bit) => {
      if (mask & (1 << bit)) copy[at] = 'ı';
    });
    variants.push(copy.join(''));
  }
  return variants;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query with each synonym it contains, as a whole word or phrase, replaced by the site's word. */
function synonymVariants(query: string, synonyms: readonly SynonymEntry[], lang: string): string[] {
  const variants: string[] = [];
  for (const entry of synonyms) {
    for (const phrase of entry.when) {
      const wanted = normaliseQuery(phrase, lang);
      // Whole words only: "shelter" must not fire inside "sheltered"; \p{L} so it works in every script.
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(wanted)}(?=$|[^\\p{L}\\p{N}])`, 'u');
      if (pattern.test(query)) variants.push(query.replace(pattern, `$1${normaliseQuery(entry.search, lang)}`));
    }
  }
  return variants;
}

/**
 * The searches to run for what the reader typed, most faithful first: the query as typed (normalised),
 * then with synonyms replaced, then (Turkish) with i read as ı. Empty when there is nothing to search.
 */
export function searchQueries(query: string, lang: string, synonyms: readonly SynonymEntry[] = []): string[] {
  const base = normaliseQuery(query, lang);
  if (!base) return [];
  const withSynonyms = [base, ...synonymVariants(base, synonyms, lang)];
  const all = lang === 'tr' ? withSynonyms.flatMap(turkishVariants) : withSynonyms;
  return [...new Set(all)].slice(0, maxQueries);
}

/** A result as the index returns it: an id and a relevance score (higher is better). */
export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * One list from the results of several searches, each page once, best first. Scores from different
 * searches are not comparable (a word on every page scores low everywhere), so each search's scores are
 * taken relative to its own best match, then added up per page: a page that the reader's words and the
 * site's own words both find ("shelter", "refuge", "safe accommodation") rises above a page only one of
 * them finds. On equal totals, what the query as typed found comes first.
 */
export function mergeResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { result: T; total: number; order: number }>();
  let order = 0;
  for (const list of lists) {
    const top = Math.max(0, ...list.map((r) => r.score));
    for (const result of list) {
      const relative = top > 0 ? result.score / top : 0;
      const seen = merged.get(result.id);
      if (seen) seen.total += relative;
      else merged.set(result.id, { result, total: relative, order });
      order++;
    }
  }
  return [...merged.values()].sort((a, b) => b.total - a.total || a.order - b.order).map((e) => e.result);
}

/** Is a synonym table well formed? Throws naming the file and row, for the content editor who broke it. */
export function checkSynonyms(value: unknown, file: string): SynonymEntry[] {
  const rows = (value as { synonyms?: unknown } | null)?.synonyms;
  if (!Array.isArray(rows)) throw new Error(`${file}: expected { "synonyms": [ { "search": "…", "when": ["…"] } ] }.`);
  return rows.map((row: unknown, i) => {
    const { search, when } = (row ?? {}) as { search?: unknown; when?: unknown };
    if (typeof search !== 'string' || !search.trim()) throw new Error(`${file}: synonyms[${i}].search must be a word or phrase.`);
    if (!Array.isArray(when) || when.length === 0 || !when.every((w) => typeof w === 'string' && w.trim())) {
      throw new Error(`${file}: synonyms[${i}].when must be a list of words or phrases a reader might type instead of "${search}".`);
    }
    return { search, when: when as string[] };
  });
}
