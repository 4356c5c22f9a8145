import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/search-excerpt.ts';

describe('search excerpts', () => {
  test('marked words become marked parts, the rest plain', () => {
    expect(excerptParts('a <mark>refuge</mark> is a <mark>safe</mark> place')).toEqual([
      { text: 'a ', marked: false },
      { text: 'refuge', marked: true },
      { text: ' is a ', marked: false },
      { text: 'safe', marked: true },
      { text: ' place', marked: false },
    ]);
  });

  test('escaped characters come back as text, so they show as typed and never run as markup', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>Women&#39;s</mark> Aid')).toEqual([
      { text: '<script>alert(1)</script> & ', marked: false },
      { text: "Women's", marked: true },
      { text: ' Aid', marked: false },
    ]);
    expect(decodeEntities('&#x27;&quot;&unknown;')).toBe('\'"&unknown;');
  });

  test('any other tag is dropped, its text kept', () => {
    expect(excerptParts('<b>bold</b> <mark><i>x</i></mark>')).toEqual([
      { text: 'bold ', marked: false },
      { text: 'x', marked: true },
    ]);
  });

  test('text in any script is kept whole', () => {
    expect(excerptParts('নিরাপদ <mark>বাসস্থান</mark>')).toEqual([
      { text: 'নিরাপদ ', marked: false },
      { text: 'বাসস্থান', marked: true },
    ]);
  });
});
