import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { easyReadPictures, inlineSvg, pictureEntry } from '../../src/lib/easy-read-pictures.ts';

const openmoji = dirname(createRequire(import.meta.url).resolve('openmoji/package.json'));

describe('pictureEntry', () => {
  test('finds a picture by name', () => {
    expect(pictureEntry('telephone')).toEqual({ name: 'telephone', hexcode: '1F4DE' });
    expect(pictureEntry('person-walking').directional).toBe(true);
  });

  test('an unknown name fails, listing the names an author can use', () => {
    expect(() => pictureEntry('phone')).toThrow('picture="phone" is not an Easy Read picture. Use one of: alarm-clock, balance-scale,');
    expect(() => pictureEntry(undefined)).toThrow('picture=undefined is not an Easy Read picture');
    expect(() => pictureEntry('toString')).toThrow('is not an Easy Read picture');
  });
});

describe('inlineSvg', () => {
  const file = '<?xml version="1.0"?><!-- made by hand -->\n<svg id="emoji" viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">\n<g id="color"><path style="opacity:.5" fill="#d0cfce" d="M0 0h1"/></g>\n  <g id="line"/>\n</svg>\n';

  test('removes the prolog, comments, ids, style attributes, empty groups and spacing, and hides the SVG from screen readers', () => {
    const svg = inlineSvg(file, 'pic');
    expect(svg).toBe('<svg class="pic" aria-hidden="true" focusable="false" viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg"><g><path fill="#d0cfce" d="M0 0h1"/></g></svg>');
  });

  test('rounds coordinates to one decimal without running numbers together', () => {
    const svg = inlineSvg('<svg viewBox="0 0 72 72"><path d="m13.6707,21.3098c1.96.04-0.0043 0.26,-5.6569" stroke-width="2"/></svg>', 'pic');
    expect(svg).toContain('d="m13.7,21.3c2 0 0 .3,-5.7" stroke-width="2"');
  });

  test('refuses an SVG whose parts refer to each other by id, or that is not one SVG', () => {
    expect(() => inlineSvg('<svg><defs><linearGradient id="g"/></defs><path fill="url(#g)"/></svg>', 'pic')).toThrow('refers to ids');
    expect(() => inlineSvg('<svg><use href="#a"/></svg>', 'pic')).toThrow('refers to ids');
    expect(() => inlineSvg('<html><svg></svg></html>', 'pic')).toThrow('not a single <svg> element');
  });
});

test.each(Object.keys(easyReadPictures))('picture "%s" exists in the openmoji package and can be inlined', (name) => {
  const { hexcode } = pictureEntry(name);
  const svg = inlineSvg(readFileSync(join(openmoji, 'color', 'svg', `${hexcode}.svg`), 'utf8'), 'pic');
  expect(svg).toMatch(/^<svg class="pic" aria-hidden="true" focusable="false" viewBox="0 0 72 72"/);
  expect(svg).not.toMatch(/\sid=|\sstyle=|<script|\shref=/);
});
