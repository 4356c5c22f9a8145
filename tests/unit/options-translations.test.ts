/**
 * "What are my options?" in other languages: a translation shows only when made from the current
 * English, otherwise the English shows, marked as English; the professional wording stays English; and
 * every translation file keeps the English's numbers and the names of services and schemes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { languageCodes } from '../../src/i18n/languages.ts';
import { text, type TextKey } from '../../src/lib/options/text.en.ts';
import { chooseOptionWords, type OptionTranslation } from '../../src/lib/options/words.ts';
import { sourceHash } from '../../src/lib/translation.ts';

const dir = new URL('../../content/options/text/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const read = (file: string) => parse(readFileSync(new URL(file, dir), 'utf8')) as { translation: { status: string }; texts: Record<string, { text: string; sourceHash: string }> };

const file = (texts: OptionTranslation['texts']): OptionTranslation => ({ translation: { status: 'machine', translatedOn: new Date('2026-11-23') }, texts });

describe('choosing the words for a language', () => {
  const current = text['title.refuge'].survivor;

  test('a translation of the current English is shown, in the page language', () => {
    const words = chooseOptionWords('pl', file({ 'title.refuge': { text: 'Miejsce w schronisku', sourceHash: sourceHash(current) } }));
    expect(words.survivor['title.refuge']).toEqual({ text: 'Miejsce w schronisku', lang: 'pl' });
    expect(words.fallbackKeys).not.toContain('title.refuge');
  });

  test('a translation of older English is not shown: the English is, marked as English, and counted for the notice', () => {
    const words = chooseOptionWords('pl', file({ 'title.refuge': { text: 'Stare tłumaczenie', sourceHash: sourceHash('An older English text') } }));
    expect(words.survivor['title.refuge']).toEqual({ text: current, lang: 'en' });
    expect(words.fallbackKeys).toContain('title.refuge');
  });

  test('a language with no file shows everything in English and says so; the professional wording is always English', () => {
    const words = chooseOptionWords('so', undefined);
    expect(words.fallbackKeys).toHaveLength(Object.keys(text).length);
    expect(words.professional['explain.mvdac']).toEqual({ text: text['explain.mvdac'].professional, lang: 'en' });
    expect(chooseOptionWords('en', undefined).fallbackKeys).toEqual([]);
  });
});

/** Names a translation must keep as written whenever the English text uses them. */
const names = [
  'National Domestic Abuse Helpline',
  "Men's Advice Line",
  'Galop',
  'Victim Support',
  'Childline',
  'NSPCC',
  'Southall Black Sisters',
  "Jewish Women's Aid",
  'Karma Nirvana',
  'Forced Marriage Unit',
  'SignHealth',
  'Migrant Help',
  'Pan-London Housing Reciprocal',
  'Support for Migrant Victims',
  '999',
];

describe.each(files)('content/options/text/%s', (name) => {
  const lang = name.replace(/\.yaml$/, '');
  const data = read(name);

  test('is for a language of the site, and says whether a native speaker has reviewed it', () => {
    expect(languageCodes.filter((c) => c !== 'en')).toContain(lang);
    expect(['machine', 'reviewed']).toContain(data.translation.status);
  });

  test('translates only keys the English has, and keeps its numbers and names', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(data.texts)) {
      const english = text[key as TextKey]?.survivor;
      if (english === undefined) {
        problems.push(`${key}: no such key in src/lib/options/text.en.ts`);
        continue;
      }
      const digits = (s: string) => (s.match(/\d+/g) ?? []).sort().join(' ');
      if (digits(entry.text) !== digits(english)) problems.push(`${key}: numbers "${digits(entry.text)}" differ from the English "${digits(english)}"`);
      for (const n of names) if (english.includes(n) && !entry.text.includes(n)) problems.push(`${key}: keep the name "${n}" as written`);
    }
    expect(problems).toEqual([]);
  });
});
