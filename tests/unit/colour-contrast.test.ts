/**
 * WCAG 2.2 AA contrast for every colour pair the design uses, in light and dark. axe does not check
 * contrast on Arabic-script text (../shared/TOOLCHAIN.md), so this proves it for every language at once:
 * right-to-left pages use exactly these tokens.
 */
import { readFileSync } from 'node:fs';
import Color from 'colorjs.io';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(colour-[\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = tokens(css.split('@media (prefers-color-scheme: dark)')[0]!);
const dark = tokens(css.split('@media (prefers-color-scheme: dark)')[1]!);

/** [foreground, background, minimum ratio, what it is]. 4.5 for text, 3 for UI boundaries (1.4.11). */
const pairs: [string, string, number, string][] = [
  ['colour-text', 'colour-background', 4.5, 'body text'],
  ['colour-text', 'colour-surface', 4.5, 'text on header, footer and callouts'],
  ['colour-text-secondary', 'colour-background', 4.5, 'secondary text'],
  ['colour-text-secondary', 'colour-surface', 4.5, 'secondary text in the footer'],
  ['colour-link', 'colour-background', 4.5, 'links'],
  ['colour-link', 'colour-surface', 4.5, 'links in header and footer'],
  ['colour-link-visited', 'colour-background', 4.5, 'visited links'],
  ['colour-link-visited', 'colour-surface', 4.5, 'visited links in the footer'],
  ['colour-focus-text', 'colour-focus', 4.5, 'focused links'],
  ['colour-exit-text', 'colour-exit-background', 4.5, 'quick exit button text'],
  ['colour-exit-background', 'colour-background', 3, 'quick exit button against the page'],
  ['colour-notice-text', 'colour-notice-background', 4.5, 'notice text'],
  ['colour-link', 'colour-notice-background', 4.5, 'links inside notices'],
  ['colour-notice-border', 'colour-notice-background', 3, 'notice border'],
  ['colour-border', 'colour-background', 3, 'borders'],
  ['colour-background', 'colour-link', 4.5, 'search button text'],
  ['colour-link', 'colour-background', 3, 'search button against the page'],
  ['colour-text', 'colour-background', 3, 'search box border'],
  ['colour-emergency-border', 'colour-background', 3, 'emergency box border'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s colours', (_scheme, palette) => {
  test('every token the pairs use is defined', () => {
    for (const [fg, bg] of pairs) {
      expect(palette, fg).toHaveProperty(fg);
      expect(palette, bg).toHaveProperty(bg);
    }
  });

  test('the focus indicator (yellow with a dark underline) stands out from the page by 3:1 or more', () => {
    const against = (token: string) => new Color(palette[token]!).contrast(new Color(palette['colour-background']!), 'WCAG21');
    expect(Math.max(against('colour-focus'), against('colour-focus-text'))).toBeGreaterThanOrEqual(3);
  });

  test('Easy Read pictures: OpenMoji\'s black outlines stand out from their tile by 4.5:1 or more', () => {
    // The outline colour is fixed in every OpenMoji SVG; only the tile behind it is ours.
    expect(new Color('#000000').contrast(new Color(palette['colour-picture-background']!), 'WCAG21')).toBeGreaterThanOrEqual(4.5);
  });

  test.each(pairs)('%s on %s is at least %d:1 (%s)', (fg, bg, minimum) => {
    const ratio = new Color(palette[fg]!).contrast(new Color(palette[bg]!), 'WCAG21');
    expect(ratio).toBeGreaterThanOrEqual(minimum);
  });
});
