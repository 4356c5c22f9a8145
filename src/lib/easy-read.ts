/**
 * Easy Read pages: which standard page each one belongs to, and the writing rules a page must keep.
 *
 * An Easy Read page is content/<lang>/easy-read/<slug>.mdx with `easyReadOf: <standard slug>` in its
 * frontmatter (`index` for the home page). The pair is read from the English pages, so every
 * language shows the same links, translated or not.
 *
 * The writing rules follow UK Easy Read guidance (../shared/research/anchors.md section 3): one idea
 * per sentence, 15 words or fewer, a picture beside each idea, bold rather than italics or underlines.
 */
import { defaultLanguage } from '../i18n/languages.ts';
import { splitEntryId } from './routes.ts';

/** The folder, below each language, that holds Easy Read pages. */
export const easyReadFolder = 'easy-read';
/** The most words a sentence on an Easy Read page may have ("more than 15 is harder to read": [S65]). */
export const maxEasyReadWords = 15;

export interface FormatPair {
  /** On a standard page: the slug of its Easy Read version. */
  easyRead?: string;
  /** On an Easy Read page: the slug of the standard page it is the Easy Read version of. */
  standard?: string;
}

/** `easyReadOf` names the standard page by file name, so the home page is `index`. */
const standardSlug = (easyReadOf: string) => (easyReadOf === 'index' ? '' : easyReadOf.replace(/^\/+|\/+$/g, ''));

export const isEasyReadSlug = (slug: string) => slug.startsWith(`${easyReadFolder}/`);

/**
 * For every English page that has a counterpart, the slug of that counterpart.
 * @throws naming the file, when an Easy Read page lacks `easyReadOf`, names a page that does not exist,
 * or two Easy Read pages claim the same standard page.
 */
export function easyReadPairs(pages: readonly { id: string; easyReadOf?: string | undefined }[]): Map<string, FormatPair> {
  const english = pages
    .map((p) => ({ ...splitEntryId(p.id), easyReadOf: p.easyReadOf }))
    .filter((p) => p.lang === defaultLanguage);
  const slugs = new Set(english.map((p) => p.slug));
  const file = (slug: string) => `content/${defaultLanguage}/${slug || 'index'}.mdx`;
  const pairs = new Map<string, FormatPair>();
  for (const page of english) {
    if (page.easyReadOf === undefined) {
      if (isEasyReadSlug(page.slug)) {
        throw new Error(`${file(page.slug)}: an Easy Read page needs easyReadOf: the file name of its standard page, for example easyReadOf: council-help`);
      }
      continue;
    }
    if (!isEasyReadSlug(page.slug)) {
      throw new Error(`${file(page.slug)}: easyReadOf is only for pages in content/${defaultLanguage}/${easyReadFolder}/`);
    }
    const standard = standardSlug(page.easyReadOf);
    if (!slugs.has(standard) || isEasyReadSlug(standard)) {
      throw new Error(`${file(page.slug)}: easyReadOf: ${page.easyReadOf} is not a standard page (no ${file(standard)})`);
    }
    const existing = pairs.get(standard)?.easyRead;
    if (existing !== undefined) {
      throw new Error(`${file(page.slug)}: ${file(existing)} is already the Easy Read version of ${file(standard)}`);
    }
    pairs.set(standard, { easyRead: page.slug });
    pairs.set(page.slug, { standard });
  }
  return pairs;
}

export interface EasyReadProblem {
  /** 1-based line in the MDX body. */
  line: number;
  message: string;
}

/** The components whose text is read by the checks; everything else on the page must be a heading. */
const blockPattern = /<(EasyReadRow|HardWord|EasyReadContact)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g;

/** MDX text as a reader hears it: a phone number is one word, links are their text, markup is gone. */
function plainText(mdx: string): string {
  return mdx
    .replace(/<Phone\b[^>]*\/>/g, 'number')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\*\*/g, '');
}

/** Each sentence of a block of text, one per list item or line at least, with its word count. */
export function sentencesOf(text: string, lang: string): { text: string; words: number }[] {
  const sentences = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const words = new Intl.Segmenter(lang, { granularity: 'word' });
  const out: { text: string; words: number }[] = [];
  for (const line of plainText(text).split(/\n/)) {
    for (const { segment } of sentences.segment(line.trim())) {
      const sentence = segment.trim();
      if (!sentence) continue;
      out.push({ text: sentence, words: [...words.segment(sentence)].filter((w) => w.isWordLike).length });
    }
  }
  return out;
}

const lineAt = (body: string, index: number) => body.slice(0, index).split('\n').length;

/**
 * What breaks the Easy Read rules in a page's MDX body: a row without a picture, a sentence over
 * 15 words, text that is not in a row (so has no picture beside it), or italics and underlines.
 */
export function easyReadProblems(body: string, lang: string): EasyReadProblem[] {
  const problems: EasyReadProblem[] = [];
  const tooLong = (text: string, index: number) => {
    for (const s of sentencesOf(text, lang)) {
      if (s.words > maxEasyReadWords) {
        problems.push({
          line: lineAt(body, index),
          message: `sentence of ${s.words} words (at most ${maxEasyReadWords}): "${s.text}". Split it into shorter sentences, one idea each.`,
        });
      }
    }
  };
  let outside = body;
  for (const match of body.matchAll(blockPattern)) {
    const [whole, name, attributes = '', inner = ''] = match;
    outside = outside.replace(whole, (w) => w.replace(/[^\n]/g, ' '));
    if (name === 'EasyReadRow' && !/\bpicture="[^"]+"/.test(attributes)) {
      problems.push({ line: lineAt(body, match.index), message: 'a row without a picture: give every <EasyReadRow> a picture="…"' });
    }
    tooLong(inner, match.index);
  }
  const lines = outside.split('\n');
  lines.forEach((line, i) => {
    const text = line.trim();
    if (!text) return;
    const at = lines.slice(0, i).join('\n').length + 1;
    if (/^#{2,6}\s/.test(text)) {
      tooLong(text.replace(/^#+\s*/, ''), at);
    } else {
      problems.push({
        line: i + 1,
        message: `text outside a row: "${text.slice(0, 60)}". Put each idea in an <EasyReadRow picture="…">, so it has a picture beside it.`,
      });
    }
  });
  const emphasis = /<\/?(?:em|i|u)\b|(?<![*\w])\*(?!\*)[^*\n]+(?<!\*)\*(?![*\w])|(?<![_\w])_[^_\n]+_(?![_\w])/g;
  for (const match of body.matchAll(emphasis)) {
    problems.push({ line: lineAt(body, match.index), message: `italics or underline: "${match[0]}". Use **bold** for emphasis.` });
  }
  return problems;
}
