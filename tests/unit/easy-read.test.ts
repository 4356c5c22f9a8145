import { describe, expect, test } from 'vitest';
import { easyReadPairs, easyReadProblems, maxEasyReadWords, sentencesOf } from '../../src/lib/easy-read.ts';

describe('easyReadPairs: standard and Easy Read pages find each other', () => {
  const pages = [
    { id: 'en' },
    { id: 'en/council-help' },
    { id: 'en/privacy' },
    { id: 'en/easy-read/get-help-now', easyReadOf: 'index' },
    { id: 'en/easy-read/council-help', easyReadOf: 'council-help' },
    // Translations are ignored: the pair comes from English, so every language links the same way.
    { id: 'pl/easy-read/council-help', easyReadOf: 'council-help' },
  ];

  test('each standard page links to its Easy Read version and back; the home page is "index"', () => {
    const pairs = easyReadPairs(pages);
    expect(pairs.get('')).toEqual({ easyRead: 'easy-read/get-help-now' });
    expect(pairs.get('easy-read/get-help-now')).toEqual({ standard: '' });
    expect(pairs.get('council-help')).toEqual({ easyRead: 'easy-read/council-help' });
    expect(pairs.get('easy-read/council-help')).toEqual({ standard: 'council-help' });
    expect(pairs.has('privacy')).toBe(false);
  });

  test('an Easy Read page without easyReadOf fails, naming the file', () => {
    expect(() => easyReadPairs([{ id: 'en' }, { id: 'en/easy-read/orphan' }])).toThrow(
      'content/en/easy-read/orphan.mdx: an Easy Read page needs easyReadOf',
    );
  });

  test('easyReadOf naming a page that does not exist fails', () => {
    expect(() => easyReadPairs([{ id: 'en' }, { id: 'en/easy-read/x', easyReadOf: 'no-such-page' }])).toThrow(
      'easyReadOf: no-such-page is not a standard page (no content/en/no-such-page.mdx)',
    );
  });

  test('easyReadOf outside the easy-read folder, or pointing at another Easy Read page, fails', () => {
    expect(() => easyReadPairs([{ id: 'en' }, { id: 'en/privacy', easyReadOf: 'index' }])).toThrow('only for pages in content/en/easy-read/');
    expect(() =>
      easyReadPairs([{ id: 'en' }, { id: 'en/easy-read/a', easyReadOf: 'index' }, { id: 'en/easy-read/b', easyReadOf: 'easy-read/a' }]),
    ).toThrow('is not a standard page');
  });

  test('two Easy Read versions of one page fail', () => {
    expect(() =>
      easyReadPairs([{ id: 'en' }, { id: 'en/easy-read/a', easyReadOf: 'index' }, { id: 'en/easy-read/b', easyReadOf: 'index' }]),
    ).toThrow('content/en/easy-read/b.mdx: content/en/easy-read/a.mdx is already the Easy Read version of content/en/index.mdx');
  });
});

describe('sentencesOf', () => {
  test('splits sentences and list items, and counts a phone number as one word', () => {
    const text = 'Call <Phone service="emergency-services" /> now. You are not alone.\n\n- check your phone\n- keep your **passport**';
    expect(sentencesOf(text, 'en')).toEqual([
      { text: 'Call number now.', words: 3 },
      { text: 'You are not alone.', words: 4 },
      { text: 'check your phone', words: 3 },
      { text: 'keep your passport', words: 3 },
    ]);
  });

  test('counts words in a language written without spaces', () => {
    expect(sentencesOf('你可以打电话给求助热线。', 'zh-Hans')[0]!.words).toBeGreaterThan(1);
  });
});

describe('easyReadProblems: the Easy Read writing rules', () => {
  const good = [
    '<EasyReadRow picture="house">You can stay in a refuge. It is a safe house.</EasyReadRow>',
    '',
    '## A short heading',
    '',
    '<HardWord word="refuge">A refuge is a safe house for people escaping abuse.</HardWord>',
    '',
    '<EasyReadContact service="galop">For LGBT+ people.</EasyReadContact>',
    '',
    '<EasyReadRow picture="telephone">',
    '',
    'For example, **call** <Phone service="galop" />.',
    '',
    '</EasyReadRow>',
  ].join('\n');

  test('a page that keeps the rules has no problems', () => {
    expect(easyReadProblems(good, 'en')).toEqual([]);
  });

  test(`a sentence over ${maxEasyReadWords} words fails, with its line`, () => {
    const long = 'If you have to leave home because of domestic abuse a council in England can help you find somewhere.';
    const problems = easyReadProblems(`${good}\n\n<EasyReadRow picture="building">${long}</EasyReadRow>`, 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(15);
    expect(problems[0]!.message).toContain('sentence of 19 words (at most 15)');
  });

  test('a sentence of exactly 15 words passes', () => {
    const fifteen = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.';
    expect(easyReadProblems(`<EasyReadRow picture="house">${fifteen}</EasyReadRow>`, 'en')).toEqual([]);
    expect(easyReadProblems(`<EasyReadRow picture="house">${fifteen.replace('.', ' sixteen.')}</EasyReadRow>`, 'en')).toHaveLength(1);
  });

  test('a long sentence inside a hard word box, a contact box or a heading fails too', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    expect(easyReadProblems(`<HardWord word="x">${long}.</HardWord>`, 'en')).toHaveLength(1);
    expect(easyReadProblems(`<EasyReadContact service="galop">${long}.</EasyReadContact>`, 'en')).toHaveLength(1);
    expect(easyReadProblems(`## ${long}`, 'en')).toHaveLength(1);
  });

  test('a row without a picture fails', () => {
    const problems = easyReadProblems(`${good}\n\n<EasyReadRow>No picture here.</EasyReadRow>`, 'en');
    expect(problems.map((p) => p.message)).toEqual(['a row without a picture: give every <EasyReadRow> a picture="…"']);
    expect(easyReadProblems('<EasyReadRow picture="">Empty picture.</EasyReadRow>', 'en')).toHaveLength(1);
  });

  test('text outside a row (an idea without a picture) fails', () => {
    const problems = easyReadProblems(`${good}\n\nA loose paragraph.`, 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('text outside a row: "A loose paragraph."');
  });

  test('italics and underlines fail; bold passes', () => {
    expect(easyReadProblems('<EasyReadRow picture="house">This is *very* important.</EasyReadRow>', 'en')).toHaveLength(1);
    expect(easyReadProblems('<EasyReadRow picture="house">This is _very_ important.</EasyReadRow>', 'en')).toHaveLength(1);
    expect(easyReadProblems('<EasyReadRow picture="house">This is <u>very</u> important.</EasyReadRow>', 'en')).toHaveLength(2);
    expect(easyReadProblems('<EasyReadRow picture="house">This is **very** important.</EasyReadRow>', 'en')).toEqual([]);
  });
});
