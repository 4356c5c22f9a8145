/**
 * The pictures Easy Read pages may use, by a plain name an author can remember, and how each SVG is
 * made safe to inline into a page.
 *
 * The pictures are OpenMoji's colour SVGs (npm package `openmoji`, CC BY-SA 4.0, content/en/acknowledgements.mdx).
 * They are read from node_modules at build time and written into the page, so no picture is ever
 * requested at run time and nothing is fetched from another site (DESIGN.md rule 2).
 * To add a picture: find its hexcode in node_modules/openmoji/data/openmoji.csv (or on the OpenMoji
 * site), add a line below, and use `picture="<name>"` in MDX.
 */

export interface PictureEntry {
  /** OpenMoji hexcode: the file node_modules/openmoji/color/svg/<hexcode>.svg. */
  hexcode: string;
  /** True only when the picture points one way (a person walking out): it is flipped in right-to-left pages. */
  directional?: true;
}

export const easyReadPictures = {
  'alarm-clock': { hexcode: '23F0' },
  'balance-scale': { hexcode: '2696' },
  bed: { hexcode: '1F6CF' },
  book: { hexcode: '1F4D6' },
  'broken-heart': { hexcode: '1F494' },
  building: { hexcode: '1F3DB' },
  calendar: { hexcode: '1F4C5' },
  check: { hexcode: '2705' },
  child: { hexcode: '1F9D2' },
  clipboard: { hexcode: '1F4CB' },
  computer: { hexcode: '1F4BB' },
  'deaf-person': { hexcode: '1F9CF' },
  document: { hexcode: '1F4C4' },
  door: { hexcode: '1F6AA' },
  ear: { hexcode: '1F442' },
  eye: { hexcode: '1F441' },
  family: { hexcode: '1F46A' },
  fist: { hexcode: '1F44A' },
  globe: { hexcode: '1F30D' },
  handshake: { hexcode: '1F91D' },
  heart: { hexcode: '2764' },
  house: { hexcode: '1F3E0' },
  judge: { hexcode: '1F9D1-200D-2696-FE0F' },
  key: { hexcode: '1F511' },
  'light-bulb': { hexcode: '1F4A1' },
  lock: { hexcode: '1F512' },
  'magnifying-glass': { hexcode: '1F50D' },
  man: { hexcode: '1F468' },
  memo: { hexcode: '1F4DD' },
  'mobile-phone': { hexcode: '1F4F1' },
  money: { hexcode: '1F4B7' },
  'no-entry': { hexcode: '26D4' },
  'office-worker': { hexcode: '1F9D1-200D-1F4BC' },
  passport: { hexcode: '1F6C2' },
  people: { hexcode: '1F465' },
  'person-walking': { hexcode: '1F6B6', directional: true },
  pill: { hexcode: '1F48A' },
  police: { hexcode: '1F46E' },
  'police-light': { hexcode: '1F6A8' },
  question: { hexcode: '2753' },
  'rainbow-flag': { hexcode: '1F3F3-FE0F-200D-1F308' },
  shield: { hexcode: '1F6E1' },
  'speaking-head': { hexcode: '1F5E3' },
  'speech-bubble': { hexcode: '1F4AC' },
  'stop-sign': { hexcode: '1F6D1' },
  suitcase: { hexcode: '1F9F3' },
  telephone: { hexcode: '1F4DE' },
  'thinking-face': { hexcode: '1F914' },
  'waste-bin': { hexcode: '1F5D1' },
  warning: { hexcode: '26A0' },
  woman: { hexcode: '1F469' },
} as const satisfies Record<string, PictureEntry>;

export type PictureName = keyof typeof easyReadPictures;

/** The entry for a picture name, or an error that lists the names an author can use. */
export function pictureEntry(name: unknown): PictureEntry & { name: PictureName } {
  if (typeof name === 'string' && Object.hasOwn(easyReadPictures, name)) {
    return { name: name as PictureName, ...(easyReadPictures[name as PictureName] as PictureEntry) };
  }
  throw new Error(
    `picture=${JSON.stringify(name)} is not an Easy Read picture. Use one of: ${Object.keys(easyReadPictures).join(', ')}. ` +
      'To add one, see src/lib/easy-read-pictures.ts.',
  );
}

/**
 * A decimal number in SVG markup, to one decimal place. SVG paths may run numbers together
 * ("1.96.04" is 1.96 then .04), so a space is kept where the rounded number would merge with the one before.
 */
function roundCoordinate(match: string, offset: number, whole: string): string {
  const value = Math.round(Number(match) * 10) / 10;
  const text = String(Object.is(value, -0) ? 0 : value).replace(/^(-?)0\./, '$1.');
  return /[\d.]/.test(whole[offset - 1] ?? '') ? ` ${text}` : text;
}

/**
 * Turns an OpenMoji SVG file into markup that can sit inside a page:
 * - no XML prolog, comments, whitespace between tags or empty groups, and coordinates to one decimal
 *   (a tenth of a unit on a 72-unit grid is about 0.1 px at the size shown: a quarter fewer bytes);
 * - no `id` attributes: every OpenMoji file uses the same ids (`emoji`, `color`, `line`), so two
 *   pictures on one page would repeat them (WCAG 4.1.1 in older audits, and `getElementById` confusion);
 * - no `style` attributes: the site's Content-Security-Policy blocks inline styles;
 * - on the root `<svg>`: `aria-hidden`, `focusable="false"` and a class. The text alternative, if any,
 *   is given by the wrapper (role="img" + aria-label), so the SVG itself is always hidden.
 * @throws when the file is not a single SVG or depends on ids (gradients, `<use>`), which stripping would break.
 */
export function inlineSvg(svg: string, className: string): string {
  const clean = svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  if (!/^<svg\b[^>]*>[\s\S]*<\/svg>$/.test(clean)) throw new Error('not a single <svg> element');
  if (/url\(#|href="#/.test(clean)) throw new Error('the SVG refers to ids (url(#…) or href="#…"), which inlining would break');
  return clean
    .replace(/\s(?:id|style)="[^"]*"/g, '')
    // Whitespace between tags and the empty groups left behind are only bytes on every page.
    .replace(/>\s+</g, '><')
    .replace(/<g\/>/g, '')
    .replace(/-?\d*\.\d+/g, roundCoordinate)
    .replace(/^<svg\b/, `<svg class="${className}" aria-hidden="true" focusable="false"`);
}
