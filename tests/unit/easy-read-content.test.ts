/**
 * Every Easy Read page, in every language (content/<lang>/easy-read/*.mdx), keeps the Easy Read
 * writing rules (src/lib/easy-read.ts) and says only what its standard page says.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { easyReadFolder, easyReadProblems } from '../../src/lib/easy-read.ts';
import { easyReadPictures } from '../../src/lib/easy-read-pictures.ts';
import { servicesMentioned } from '../../src/lib/services-mentioned.ts';
import { contentLanguages, englishPages, languagePages } from '../tools/content-pages.ts';

const english = englishPages();
const easyReadPages = contentLanguages().flatMap((lang) => languagePages(lang).filter((p) => p.slug.startsWith(`${easyReadFolder}/`)));
const standardOf = (easyReadOf: string) => english.find((p) => p.slug === (easyReadOf === 'index' ? '' : easyReadOf));

test('the six pages issue #7 asks for have an Easy Read version in English', () => {
  const versions = english.filter((p) => p.data.easyReadOf !== undefined).map((p) => p.data.easyReadOf);
  expect(versions.sort()).toEqual(
    ['index', 'is-this-domestic-abuse', 'safe-accommodation', 'council-help', 'no-recourse-to-public-funds', 'using-this-site-safely'].sort(),
  );
});

describe.each(easyReadPages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  test('keeps the Easy Read rules: a picture beside every idea, sentences of 15 words or fewer, no italics', () => {
    const problems = easyReadProblems(page.body, page.lang).map((p) => `${page.file}, body line ${p.line}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  test('is the Easy Read version of a standard page, with that page\'s sources', () => {
    expect(page.data.easyReadOf, 'easyReadOf in the frontmatter').toBeTypeOf('string');
    const standard = standardOf(page.data.easyReadOf!);
    expect(standard, `content/en/${page.data.easyReadOf}.mdx`).toBeDefined();
    const urls = (sources: unknown[]) => sources.map((s) => (s as { url: string }).url);
    expect(urls(page.data.sources)).toEqual(urls(standard!.data.sources));
  });

  test('adds no new contact: every service it names is on the standard page too', () => {
    const standard = standardOf(page.data.easyReadOf!)!;
    const allowed = servicesMentioned(standard.body);
    expect(servicesMentioned(page.body).filter((id) => !allowed.includes(id))).toEqual([]);
  });
});

test('the acknowledgements page names the designer of every Easy Read picture', () => {
  const openmoji = dirname(createRequire(import.meta.url).resolve('openmoji/package.json'));
  const rows: { hexcode: string; openmoji_author: string }[] = JSON.parse(readFileSync(join(openmoji, 'data', 'openmoji.json'), 'utf8'));
  const page = english.find((p) => p.slug === 'acknowledgements')!;
  // Names are compared in one Unicode form: the package may write "ü" as "u" plus a combining mark.
  const text = page.body.replace(/\s+/g, ' ').normalize('NFC');
  const missing = Object.values(easyReadPictures)
    .map(({ hexcode }) => rows.find((r) => r.hexcode === hexcode)?.openmoji_author ?? `no author for ${hexcode}`)
    .filter((author) => !text.includes(author.normalize('NFC')));
  expect([...new Set(missing)]).toEqual([]);
  expect(page.body).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
});
