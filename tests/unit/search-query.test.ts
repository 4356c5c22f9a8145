import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkSynonyms, maxQueries, mergeResults, normaliseQuery, searchQueries } from '../../src/lib/search-query.ts';

const english = checkSynonyms(
  JSON.parse(readFileSync(new URL('../../locales/en/search-synonyms.json', import.meta.url), 'utf8')),
  'locales/en/search-synonyms.json',
);

describe('search queries', () => {
  test('the query as typed comes first, tidied: lower case, single spaces, straight apostrophes', () => {
    expect(searchQueries('  Women’s   Aid ', 'en')).toEqual(["women's aid"]);
    expect(searchQueries('   ', 'en')).toEqual([]);
  });

  test.each([
    ['shelter', 'refuge'],
    ['Safe house', 'refuge'],
    ['safehouse', 'refuge'],
    ['shelter', 'safe accommodation'],
    ['safe house', 'safe accommodation'],
    ['refudge', 'refuge'],
    ['NRPF', 'no recourse to public funds'],
    ['no recourse', 'no recourse to public funds'],
    ['no resource to public funds', 'no recourse to public funds to public funds'],
    ['restraining order', 'non-molestation order'],
  ])('a survivor’s word "%s" also searches the site’s word "%s"', (typed, site) => {
    const queries = searchQueries(typed, 'en', english);
    expect(queries[0]).toBe(normaliseQuery(typed, 'en'));
    expect(queries).toContain(site);
  });

  test('a synonym inside a longer query is replaced there, keeping the other words', () => {
    expect(searchQueries('emergency shelter london', 'en', english)).toEqual([
      'emergency shelter london',
      'emergency refuge london',
      'emergency safe accommodation london',
    ]);
  });

  test('synonyms match whole words only', () => {
    expect(searchQueries('sheltered housing', 'en', english)).toEqual(['sheltered housing']);
    expect(searchQueries('adv', 'en', english)).toEqual(['adv']);
  });

  test('Turkish: each i is also tried as dotless ı, the query as typed first', () => {
    const queries = searchQueries('siginma', 'tr');
    expect(queries[0]).toBe('siginma');
    expect(queries).toContain('sığınma'.replace('ğ', 'g'));
    expect(queries).toHaveLength(4);
    // Other languages are searched as typed.
    expect(searchQueries('siginma', 'pl')).toEqual(['siginma']);
  });

  test('a long Turkish query cannot start more than a handful of searches', () => {
    expect(searchQueries('iiiiiiii iiiiii', 'tr').length).toBeLessThanOrEqual(maxQueries);
  });

  test('Urdu, Persian and Arabic: letters from a neighbouring keyboard become the language’s own', () => {
    expect(normaliseQuery('پناه', 'ur')).toBe('پناہ');
    expect(normaliseQuery('كمك يا', 'fa')).toBe('کمک یا');
    expect(normaliseQuery('مساعدة کبیرة', 'ar')).toBe('مساعدة كبيرة');
    // Pashto uses both yehs as different letters: left alone.
    expect(normaliseQuery('ي ی', 'ps')).toBe('ي ی');
  });

  test('results of several searches are merged: each page once, scored against each search’s best, added up', () => {
    // "shelter" finds the charity Shelter's pages with high scores; "refuge" is on almost every page, so
    // even its best page scores low. Relative to each search's best, and added up, the page both find wins.
    const merged = mergeResults([
      [
        { id: 'charity', score: 3 },
        { id: 'refuges', score: 1.5 },
      ],
      [
        { id: 'refuges', score: 0.5 },
        { id: 'council', score: 0.45 },
        { id: 'other', score: 0.1 },
      ],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['refuges', 'charity', 'council', 'other']);
    expect(merged.filter((r) => r.id === 'refuges')).toHaveLength(1);
  });

  test('on equal scores, what the query as typed found comes first', () => {
    expect(mergeResults([[{ id: 'typed', score: 1 }], [{ id: 'variant', score: 1 }]]).map((r) => r.id)).toEqual(['typed', 'variant']);
  });
});

describe('synonym tables', () => {
  const dir = new URL('../../locales/', import.meta.url);
  const tables = readdirSync(dir).filter((code) => existsSync(new URL(`${code}/search-synonyms.json`, dir)));

  test('English has one', () => {
    expect(tables).toContain('en');
  });

  test.each(tables)('locales/%s/search-synonyms.json is well formed', (code) => {
    const file = `locales/${code}/search-synonyms.json`;
    expect(() => checkSynonyms(JSON.parse(readFileSync(new URL(`${code}/search-synonyms.json`, dir), 'utf8')), file)).not.toThrow();
  });

  test('a broken table names the file and the row', () => {
    expect(() => checkSynonyms({ synonyms: [{ search: 'refuge', when: [] }] }, 'locales/xx/search-synonyms.json')).toThrow(
      /locales\/xx\/search-synonyms\.json: synonyms\[0\]\.when/,
    );
    expect(() => checkSynonyms([], 'f.json')).toThrow(/f\.json: expected/);
  });
});
