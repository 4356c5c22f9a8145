/**
 * "Listen": reading a page aloud with the browser's own speech synthesis. The pure parts, unit-tested:
 * which voice may be used, how the text is split into sentences, and where each sentence sits in the
 * page's text nodes. The custom element in src/components/ListenControl.astro does the DOM work.
 *
 * Only voices that run on the device (`localService === true`) are ever used: a network voice would
 * send the page's text, and so what the reader is reading, to another company (DESIGN.md rule 2).
 */

/** What the control needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  readonly lang: string;
  readonly localService: boolean;
  readonly default?: boolean;
  readonly name: string;
}

/** "pl-PL" → "pl", "zh_Hans_CN" → "zh". */
export function primarySubtag(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The voice to read a page in `lang` with, or undefined when the device has none: then the control
 * stays hidden. Only on-device voices; among them an exact match of the page's locale first
 * (`preferred`, e.g. en-GB for English), then the device's default, then the first.
 */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], lang: string, preferred?: string): V | undefined {
  const wanted = primarySubtag(lang);
  const usable = voices.filter((v) => v.localService === true && v.lang !== '' && primarySubtag(v.lang) === wanted);
  const same = (a: string, b: string) => a.replace(/_/g, '-').toLowerCase() === b.replace(/_/g, '-').toLowerCase();
  return (
    (preferred ? usable.find((v) => same(v.lang, preferred)) : undefined) ??
    usable.find((v) => same(v.lang, lang)) ??
    usable.find((v) => v.default) ??
    usable[0]
  );
}

export interface Span {
  start: number;
  end: number;
}

/**
 * The sentences of `text`, as character ranges without surrounding white space, split the way the
 * page's language splits them (Intl.Segmenter). A line break always ends a sentence, so a heading is
 * read on its own.
 */
export function sentenceSpans(text: string, lang: string): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    // Break further at line breaks: the text joins blocks (headings, list items) with "\n".
    let offset = index;
    for (const line of segment.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (/[\p{L}\p{N}]/u.test(trimmed)) spans.push({ start: offset + lead, end: offset + lead + trimmed.length });
      offset += line.length + 1;
    }
  }
  return spans;
}

/**
 * The page's text as one string, built from pieces (a text node's data, or "\n" between blocks), and
 * the way back from a character offset to the piece and the offset inside it.
 */
export function joinPieces(pieces: readonly string[]): { text: string; locate: (offset: number, atEnd: boolean) => { piece: number; offset: number } } {
  const starts: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    starts.push(length);
    length += piece.length;
  }
  return {
    text: pieces.join(''),
    locate(offset, atEnd) {
      // A start belongs to the piece it begins in; an end to the piece it closes.
      for (let i = 0; i < pieces.length; i++) {
        const start = starts[i]!;
        const end = start + pieces[i]!.length;
        if (atEnd ? offset > start && offset <= end : offset >= start && offset < end) return { piece: i, offset: offset - start };
      }
      return { piece: pieces.length - 1, offset: pieces.at(-1)?.length ?? 0 };
    },
  };
}
