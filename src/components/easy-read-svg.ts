/**
 * Reads an Easy Read picture from the `openmoji` package at build time and returns markup ready to
 * inline (src/lib/easy-read-pictures.ts). Nothing is fetched at run time: the SVG is part of the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ComponentPropError } from '../lib/component-props.ts';
import { inlineSvg, pictureEntry, type PictureEntry } from '../lib/easy-read-pictures.ts';

// Resolved from the project root, so it works from Astro's bundled build output too.
const openmojiRoot = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('openmoji/package.json'));
const cache = new Map<string, string>();

export function easyReadSvg(component: string, name: unknown): { svg: string; entry: PictureEntry } {
  let entry;
  try {
    entry = pictureEntry(name);
  } catch (error) {
    throw new ComponentPropError(component, (error as Error).message);
  }
  let svg = cache.get(entry.name);
  if (svg === undefined) {
    const file = join(openmojiRoot, 'color', 'svg', `${entry.hexcode}.svg`);
    try {
      svg = inlineSvg(readFileSync(file, 'utf8'), 'easy-read-picture__svg');
    } catch (error) {
      throw new ComponentPropError(component, `picture="${entry.name}": ${file}: ${(error as Error).message}`);
    }
    cache.set(entry.name, svg);
  }
  return { svg, entry };
}
