/**
 * How easy a page is to read, for the content tests and report. The Flesch-Kincaid grade comes from a
 * kept library (flesch-kincaid, syllable); sentences and words are split with Intl.Segmenter.
 * UK reading age is roughly the US grade plus 5: survivor pages aim at a reading age of about 11.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The words a reader sees in an MDX body: no frontmatter, tags, link targets or Markdown marks. */
export function mdxToPlainText(mdx: string): string {
  return (
    mdx
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      // Components that stand for a phone number read as one word.
      .replace(/<Phone\b[^>]*\/>/g, 'number')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
      .replace(/\|/g, ' ')
      .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s+/gm, '')
      .replace(/[*_`]/g, '')
  );
}

export interface ReadingFigures {
  words: number;
  sentences: number;
  grade: number;
  readingAge: number;
}

/** Counts for plain text, where each line or paragraph (heading, list item, table row) ends a sentence. */
export function readingFigures(text: string): ReadingFigures {
  const sentenceSplitter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const wordSplitter = new Intl.Segmenter('en', { granularity: 'word' });
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of text.split(/\n/).map((l) => l.trim()).filter(Boolean)) {
    for (const { segment } of sentenceSplitter.segment(block)) {
      const found = [...wordSplitter.segment(segment)].filter((w) => w.isWordLike).map((w) => w.segment);
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      syllables += found.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
    }
  }
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { words, sentences, grade: Math.round(grade * 10) / 10, readingAge: Math.round((grade + 5) * 10) / 10 };
}
