/**
 * Translations keep the facts of the English page: the same services (so the same phone numbers), the
 * same links, the same sources and the same structure, with a translation record. Language is checked
 * by people; these checks catch a dropped warning, a lost contact or a typed-in number.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { languageCodes } from '../../src/i18n/languages.ts';
import { servicesMentioned } from '../../src/lib/services-mentioned.ts';

const content = new URL('../../content/', import.meta.url);
const read = (lang: string, file: string) => {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(new URL(`${lang}/${file}`, content), 'utf8')) ?? [];
  return { data: parse(front) as Record<string, any>, body };
};
const links = (body: string) => [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]).sort();
const count = (body: string, re: RegExp) => (body.match(re) ?? []).length;

const translations = languageCodes
  .filter((code) => code !== 'en' && existsSync(new URL(`${code}/`, content)))
  .flatMap((code) =>
    readdirSync(new URL(`${code}/`, content), { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => f.endsWith('.mdx'))
      .map((file) => [`content/${code}/${file}`, code, file] as const),
  );

describe.each(translations)('%s', (_path, code, file) => {
  const page = read(code, file);
  const english = read('en', file);

  test('keeps the English page\'s services, links, sources and structure', () => {
    expect(servicesMentioned(page.body)).toEqual(servicesMentioned(english.body));
    expect(links(page.body)).toEqual(links(english.body));
    expect(page.data['sources'].map((s: { url: string }) => s.url)).toEqual(english.data['sources'].map((s: { url: string }) => s.url));
    expect(count(page.body, /^##+ /gm)).toBe(count(english.body, /^##+ /gm));
    expect(count(page.body, /<Callout\b/g)).toBe(count(english.body, /<Callout\b/g));
    expect(page.data['audience']).toEqual(english.data['audience']);
  });

  test('types no phone number and says how it was translated', () => {
    const text = page.body.replace(/<[A-Z][A-Za-z]*\b[^>]*>/g, ' ');
    expect(findPhoneNumbersInText(text, 'GB').map((n) => n.number.number)).toEqual([]);
    expect(page.data['translation']).toMatchObject({ status: expect.stringMatching(/^(machine|reviewed)$/), sourceHash: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });
});

test('there are translations to check', () => {
  expect(translations.length).toBeGreaterThan(0);
});
