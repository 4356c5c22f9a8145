import { describe, expect, test } from 'vitest';
import { pageSchema } from '../../src/lib/page-schema.ts';

const valid = {
  title: 'Privacy',
  description: 'What this site collects: nothing.',
  audience: ['survivors'],
  lastReviewed: '2026-11-23',
  sources: [{ title: 'MDN: Referrer-Policy', url: 'https://developer.mozilla.org/', checked: '2026-11-23' }],
};

/** The field path and message an editor would see for each problem. */
function problems(data: unknown): string[] {
  const result = pageSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('page frontmatter errors speak to the editor', () => {
  test('a complete page has no problems', () => {
    expect(problems(valid)).toEqual([]);
  });

  test('a missing title says what a title is', () => {
    const { title: _t, ...rest } = valid;
    expect(problems(rest)).toEqual(['title: title is required: the page heading, in plain words']);
  });

  test('a date in the wrong form shows the form expected', () => {
    expect(problems({ ...valid, lastReviewed: 'last week' })).toEqual([
      'lastReviewed: lastReviewed must be a date written as YYYY-MM-DD, for example 2026-11-23',
    ]);
  });

  test('easyReadOf names a standard page by file name; a title or file extension is explained', () => {
    expect(problems({ ...valid, easyReadOf: 'council-help' })).toEqual([]);
    expect(problems({ ...valid, easyReadOf: 'index' })).toEqual([]);
    expect(problems({ ...valid, easyReadOf: 'Help from a council' })).toEqual([
      'easyReadOf: easyReadOf must be the file name of the standard page without .mdx, for example council-help, or index for the home page',
    ]);
    expect(problems({ ...valid, easyReadOf: 'council-help.mdx' })).toHaveLength(1);
  });

  test('an unknown audience lists the allowed ones', () => {
    expect(problems({ ...valid, audience: ['victims'] })).toEqual([
      'audience.0: audience must list one or more of: survivors, family-and-friends, professionals',
    ]);
  });

  test('a page without sources is refused: every page says where its facts come from', () => {
    expect(problems({ ...valid, sources: [] })).toEqual([
      'sources: sources needs at least one entry: every page says where its facts come from',
    ]);
  });

  test('a source without a web address, or with a bad date, names the source and field', () => {
    expect(problems({ ...valid, sources: [{ title: 'A leaflet', url: 'leaflet.pdf', checked: '2026-11-23' }] })).toEqual([
      'sources.0.url: each source needs a url: the full web address, starting with https://',
    ]);
    expect(problems({ ...valid, sources: [{ ...valid.sources[0], checked: '31/12/2026' }] })).toEqual([
      'sources.0.checked: checked must be a date written as YYYY-MM-DD, for example 2026-11-23',
    ]);
  });

  test('a misspelt field is caught rather than ignored', () => {
    expect(problems({ ...valid, lastReveiwed: '2026-11-23' }).join('\n')).toMatch(/lastReveiwed/);
  });
});
