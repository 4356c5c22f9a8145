import { describe, expect, test } from 'vitest';
import { joinPieces, pickLocalVoice, primarySubtag, sentenceSpans } from '../../src/lib/listen.ts';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault });

describe('which voice may read the page', () => {
  test('only a voice on the device, in the page language (any region)', () => {
    const voices = [voice('Cloud Polish', 'pl-PL', false), voice('Local Polish', 'pl-PL', true), voice('Local English', 'en-GB', true)];
    expect(pickLocalVoice(voices, 'pl')?.name).toBe('Local Polish');
  });

  test('no voice when the only voice in the language runs on a server: the text would leave the device', () => {
    expect(pickLocalVoice([voice('Cloud Polish', 'pl-PL', false), voice('Local English', 'en-GB', true)], 'pl')).toBeUndefined();
  });

  test('no voice when no voice speaks the language', () => {
    expect(pickLocalVoice([voice('Local English', 'en-US', true)], 'ti')).toBeUndefined();
    expect(pickLocalVoice([], 'en')).toBeUndefined();
  });

  test('British English before American English for English pages, then the default voice', () => {
    const voices = [voice('US', 'en-US', true), voice('Default AU', 'en-AU', true, true), voice('GB', 'en_GB', true)];
    expect(pickLocalVoice(voices, 'en', 'en-GB')?.name).toBe('GB');
    expect(pickLocalVoice(voices.slice(0, 2), 'en', 'en-GB')?.name).toBe('Default AU');
  });

  test('language tags are compared by their first part', () => {
    expect(primarySubtag('zh-Hans')).toBe('zh');
    expect(primarySubtag('pt_BR')).toBe('pt');
    expect(pickLocalVoice([voice('Chinese', 'zh-CN', true)], 'zh-Hans')?.name).toBe('Chinese');
  });
});

describe('sentences', () => {
  const read = (text: string, lang: string) => sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));

  test('a paragraph is read one sentence at a time', () => {
    expect(read('You are not alone. It is not your fault! Call the helpline?', 'en')).toEqual([
      'You are not alone.',
      'It is not your fault!',
      'Call the helpline?',
    ]);
  });

  test('a heading and the paragraph after it are separate, with no blank sentences', () => {
    expect(read('Get help now\n\nYou are not alone. \n \n', 'en')).toEqual(['Get help now', 'You are not alone.']);
  });

  test('sentences in other scripts split by that language\'s rules', () => {
    expect(read('你并不孤单。这不是你的错。', 'zh-Hans')).toEqual(['你并不孤单。', '这不是你的错。']);
    expect(read('أنت لست وحدك. هذا ليس ذنبك.', 'ar')).toEqual(['أنت لست وحدك.', 'هذا ليس ذنبك.']);
  });
});

describe('finding a sentence in the page\'s text nodes', () => {
  test('offsets map back to the text node and the place inside it', () => {
    const joined = joinPieces(['Call ', '0808 2000 247', ' now.', '\n', 'Next']);
    expect(joined.text).toBe('Call 0808 2000 247 now.\nNext');
    expect(joined.locate(0, false)).toEqual({ piece: 0, offset: 0 });
    expect(joined.locate(5, false)).toEqual({ piece: 1, offset: 0 });
    // The end of the first sentence closes the third piece, not the separator after it.
    expect(joined.locate(23, true)).toEqual({ piece: 2, offset: 5 });
    expect(joined.locate(24, false)).toEqual({ piece: 4, offset: 0 });
  });
});
