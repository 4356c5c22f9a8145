/** Printing (src/styles/print.css): what is left off, what stays, link addresses, and an A4 PDF. */
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, localEnglish } from './fake-speech.ts';

/** The text the browser prints after an element (its ::after content), or "none". */
const after = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);

async function openForPrint(page: Page, path: string): Promise<void> {
  // A local voice, so "Listen" is on screen and the test proves printing leaves it off.
  await fakeSpeech(page, [localEnglish]);
  await page.goto(path);
  await expect(page.locator('listen-control')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
}

test('a printed page leaves off the quick exit, skip link, navigation, language list and Listen', async ({ page }) => {
  await openForPrint(page, '/en/for-professionals/');
  for (const selector of ['.quick-exit', '.quick-exit-link', '.skip-link', '.site-header__link', '.language-switcher', '.site-footer nav', 'listen-control']) {
    await expect(page.locator(selector), selector).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.site-header__name')).toBeVisible();
  // Sources and the date the page was last reviewed stay.
  await expect(page.locator('.page-sources')).toBeVisible();
  await expect(page.locator('.page-sources')).toContainText('Last reviewed: 23 November 2026');
  // One column, as wide as the paper allows.
  const widths = await page.evaluate(() => ({ main: document.querySelector('main')!.getBoundingClientRect().width, body: document.body.getBoundingClientRect().width }));
  expect(widths.main).toBeGreaterThan(widths.body - 2);
});

test('printed links show where they go; phone links show their number once', async ({ page }) => {
  await openForPrint(page, '/en/bsl/');
  // A link to another page of the site prints its address: the full one when the build knows the site's
  // domain (SITE_URL), otherwise the path on this site (the tests build without a domain).
  const expected = process.env['SITE_URL'] ? new URL('/en/using-this-site-safely/', process.env['SITE_URL']).href : '/en/using-this-site-safely/';
  expect(await after(page, 'main article a[href="/en/using-this-site-safely/"]')).toBe(`" (${expected})"`);
  // A link to another website prints its address.
  const source = page.locator('.page-sources a[href^="https://"]').first();
  expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${await source.getAttribute('href')})"`);
  // A phone link's text is the number; nothing is added after it.
  const phone = page.locator('main a[href^="tel:"]').first();
  await expect(phone).toHaveText('0808 2000 247');
  expect(await phone.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  // On screen, no addresses are added.
  await page.emulateMedia({ media: 'screen' });
  expect(await after(page, 'main article a[href="/en/using-this-site-safely/"]')).toBe('none');
});

test('the professional summary prints to A4 pages', async ({ page }) => {
  await page.goto('/en/for-professionals/');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  // A4 is 595.3 × 841.9 points (Chromium rounds to within a point or so).
  const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  expect(boxes.length).toBeGreaterThan(1);
  for (const [width, height] of boxes) {
    expect(Math.abs(width - 595.3)).toBeLessThan(2);
    expect(Math.abs(height - 841.9)).toBeLessThan(2);
  }
});
