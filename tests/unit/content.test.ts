/**
 * Content checks on the English pages: what a reader would notice if they went wrong. Each failure names
 * the file and what to change.
 */
import { readdirSync } from 'node:fs';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { describe, expect, test } from 'vitest';
import { groups } from '../../src/lib/directory.ts';
import { mdxToPlainText, readingFigures } from '../../src/lib/readability.ts';
import { servicesMentioned } from '../../src/lib/services-mentioned.ts';
import { englishPages, serviceIds } from '../tools/content-pages.ts';

/** Pages built from records rather than MDX: the directory, councils, groups, search, languages. */
const generatedSlugs = [
  'services',
  'help-in',
  'search',
  'languages',
  ...serviceIds().map((id) => `services/${id}`),
  ...readdirSync(new URL('../../content/councils/', import.meta.url)).filter((f) => f.endsWith('.yaml')).map((f) => `help-in/${f.replace(/\.yaml$/, '')}`),
  ...groups.map((g) => `support-for/${g}`),
];

const pages = englishPages();
const withoutComponents = (body: string) => body.replace(/<[A-Z][A-Za-z]*\b[^>]*>/g, ' ');

/** Survivor pages aim at a reading age of about 11; this is the most any may need (US grade + 5). */
export const maxSurvivorReadingAge = 12;

describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  test('phone numbers come from service records, never typed into the text', () => {
    const text = withoutComponents(page.body);
    expect(findPhoneNumbersInText(text, 'GB').map((n) => n.number.number)).toEqual([]);
    // Short numbers the library does not see. "999" may be named in headings and summaries ("how to call
    // 999 if you cannot speak") as long as the page also gives it as a link; "999 BSL" is a service's name.
    expect(text.match(/\b(112|116 ?123)\b/g) ?? []).toEqual([]);
    if (/\b999\b(?! BSL)/.test(text)) expect(page.body).toContain('<Phone service="emergency-services" />');
  });

  test('every service it names exists in content/services/', () => {
    const known = serviceIds();
    expect(servicesMentioned(page.body).filter((id) => !known.includes(id))).toEqual([]);
  });

  test('link text says where the link goes', () => {
    const texts = [...page.body.matchAll(/\[([^\]]+)\]\(/g)].map((m) => m[1]!.trim().toLowerCase());
    const vague = ['click here', 'here', 'read more', 'more', 'this page', 'link', 'this link', 'find out more'];
    expect(texts.filter((t) => vague.includes(t))).toEqual([]);
  });

  test('no link to a place within the page: translated headings get other ids, so it would break', () => {
    expect(page.body.match(/\]\(#[^)]*\)/g) ?? []).toEqual([]);
  });

  test('no postal address: refuges and safe houses are never located', () => {
    // A UK postcode, e.g. "SE1 2AA" or "EC1Y 8RT".
    expect(page.body.match(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g) ?? []).toEqual([]);
  });

  test('it opens with a short summary, and the title is the only first-level heading', () => {
    const firstBlock = page.body.trim().split(/\n\s*\n/)[0]!;
    expect(firstBlock).not.toMatch(/^#/);
    expect(page.body).not.toMatch(/^# /m);
  });

  test('internal links use a language path that exists', () => {
    const slugs = [...pages.map((p) => p.slug), ...generatedSlugs];
    const internal = [...page.body.matchAll(/\]\((\/[^)#\s]*)/g)].map((m) => m[1]!);
    for (const href of internal) {
      const match = /^\/en\/(.*?)\/?$/.exec(href);
      expect(match, `${href} should be /en/<page>/`).not.toBeNull();
      expect(slugs, href).toContain(match![1]);
    }
  });

  if (page.data.audience.includes('survivors')) {
    test(`survivor page: reading age at most ${maxSurvivorReadingAge}`, () => {
      const figures = readingFigures(mdxToPlainText(page.body));
      expect(figures.readingAge, JSON.stringify(figures)).toBeLessThanOrEqual(maxSurvivorReadingAge);
    });
  }
});

test('content/REPORT.md is up to date (run `npm run report`)', async () => {
  const { readFileSync } = await import('node:fs');
  const { renderContentReport } = await import('../tools/content-report.ts');
  expect(readFileSync(new URL('../../content/REPORT.md', import.meta.url), 'utf8')).toBe(renderContentReport());
});
