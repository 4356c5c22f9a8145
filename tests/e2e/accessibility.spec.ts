import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockRootRedirect, pageGroups } from './site.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const darkPages = [
  '/en/', '/en/safe-accommodation/', '/en/for-professionals/', '/en/services/', '/en/services/national-domestic-abuse-helpline/',
  '/en/help-in/westminster/', '/en/easy-read/council-help/', '/en/search/', '/en/bsl/', '/ar/', '/ar/services/', '/ar/easy-read/get-help-now/',
];

// Legacy mode runs axe in the page itself. The default opens a second, blank page for every check to
// gather results from frames; the site has no frames, and legacy mode halves the time of each check.
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const group of pageGroups) {
  test(`axe finds no WCAG 2.2 AA problem on ${group.title}`, async ({ page }) => {
    test.setTimeout(30_000 * group.paths.length);
    await blockRootRedirect(page);
    const found: string[] = [];
    for (const path of group.paths) {
      // Dark mode uses the same tokens on every page (checked by the contrast unit test): run it on one
      // page of each kind, in English and a right-to-left language, and the root pages.
      const schemes = darkPages.includes(path) || /^\/[^/]*$/.test(path) ? (['light', 'dark'] as const) : (['light'] as const);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        // Open the language list so its links are checked too.
        await page.locator('.language-switcher summary').click();
        found.push(...(await violations(page)).map((v) => `${path} (${colorScheme}) ${v}`));
      }
    }
    expect(found).toEqual([]);
  });
}

test('the accessibility check catches a real problem on a real page', async ({ page }) => {
  await page.goto('/en/');
  // An unlabelled text box and an image with no text alternative: both WCAG A failures.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.append(document.createElement('input'));
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    main.append(img);
  });
  const found = await violations(page);
  expect(found.some((v) => v.startsWith('label:'))).toBe(true);
  expect(found.some((v) => v.startsWith('image-alt:'))).toBe(true);
});
