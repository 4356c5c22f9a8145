import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockRootRedirect, testPages } from './site.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const path of testPages) {
  // Dark mode uses the same tokens in every language (checked by the contrast unit test): run it on
  // English, a right-to-left language and the root pages.
  const schemes = /^\/(en|ar)\/|^\/[^/]*$/.test(path) ? (['light', 'dark'] as const) : (['light'] as const);
  for (const colorScheme of schemes) {
    test(`axe finds no WCAG 2.2 AA problem on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await blockRootRedirect(page);
      await page.goto(path);
      // Open the language list so its links are checked too.
      await page.locator('.language-switcher summary').click();
      expect(await violations(page)).toEqual([]);
    });
  }
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
