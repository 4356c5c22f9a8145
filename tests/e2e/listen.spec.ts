/**
 * "Listen" (ListenControl.astro) with a stand-in for the browser's speech synthesis, so the tests
 * decide which voices exist and see exactly what would be spoken, with which voice.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, highlighted, localEnglish, spoken, type FakeVoice } from './fake-speech.ts';
import { expectNoTrace } from './privacy-check.ts';
import { fakeExitSite, stayOnPage } from './site.ts';

const remoteEnglish: FakeVoice = { name: 'Cloud English', lang: 'en-GB', localService: false };
const control = 'listen-control';

/** Give the page's scripts and the late voices time to arrive, then return. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => customElements.whenDefined('listen-control'));
  await page.waitForTimeout(200);
}

test('no voice on the device: no Listen control', async ({ page }) => {
  await fakeSpeech(page, []);
  await open(page, '/en/');
  await expect(page.locator(control)).toBeHidden();
});

test('only a voice that runs on a server: no Listen control, nothing spoken', async ({ page }) => {
  await fakeSpeech(page, [remoteEnglish]);
  await open(page, '/en/');
  await expect(page.locator(control)).toBeHidden();
  expect(await spoken(page)).toEqual([]);
});

test('a local voice in another language only: no Listen control', async ({ page }) => {
  await fakeSpeech(page, [{ name: 'Local Polish', lang: 'pl-PL', localService: true }]);
  // A Polish shell showing English text: the text's language counts.
  await open(page, '/pl/bsl/');
  await expect(page.locator(control)).toBeHidden();
});

test('a local voice in the language: Listen reads sentence by sentence, highlights it, pauses, resumes and stops', async ({ page }) => {
  await fakeSpeech(page, [remoteEnglish, localEnglish]);
  await open(page, '/en/');
  const main = page.locator(`${control} [data-listen-main]`);
  const stop = page.locator(`${control} [data-listen-stop]`);
  await expect(main).toBeVisible();
  await expect(main).toHaveText('Listen');
  await expect(stop).toBeHidden();

  // Keyboard: Tab to the button and press Enter.
  await main.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => spoken(page)).toEqual([{ text: 'Get help now', voice: 'Local British English', lang: 'en-GB' }]);
  expect(await highlighted(page)).toEqual(['Get help now']);
  await expect(main).toHaveText('Pause');
  await expect(stop).toBeVisible();

  await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('You are not alone.');
  expect(await highlighted(page)).toEqual(['You are not alone.']);

  await main.click();
  await expect(main).toHaveText('Resume');
  expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(true);
  await main.click();
  await expect(main).toHaveText('Pause');
  expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(false);

  await stop.click();
  await expect(main).toHaveText('Listen');
  await expect(stop).toBeHidden();
  expect(await highlighted(page)).toEqual([]);
  // The article's text is as it was: reading changed nothing in the page.
  await expect(page.locator('main article h1')).toHaveText('Get help now');
});

test('Listen reads the English text of a fallback page with an English voice, with labels in the shell\'s language', async ({ page }) => {
  await fakeSpeech(page, [localEnglish, { name: 'Local Polish', lang: 'pl-PL', localService: true }]);
  await open(page, '/pl/bsl/');
  const main = page.locator(`${control} [data-listen-main]`);
  await expect(main).toHaveText('Słuchaj');
  await main.click();
  await expect.poll(() => spoken(page)).toEqual([{ text: 'British Sign Language (BSL)', voice: 'Local British English', lang: 'en-GB' }]);
});

test('the quick exit silences Listen at once', async ({ page }) => {
  const cancels = await fakeSpeech(page, [localEnglish]);
  await fakeExitSite(page, stayOnPage);
  await open(page, '/en/');
  await page.locator(`${control} [data-listen-main]`).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const before = cancels.cancels;
  await page.locator('.quick-exit__button').click();
  await expect.poll(() => cancels.cancels).toBeGreaterThan(before);
});

test('reading aloud sends nothing anywhere and leaves nothing on the device', async ({ page, context, baseURL }) => {
  await fakeSpeech(page, [localEnglish]);
  await expectNoTrace(page, context, baseURL!, '/en/bsl/', true, undefined, async (page) => {
    await page.locator(`${control} [data-listen-main]`).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
    await expect.poll(() => spoken(page)).toHaveLength(2);
    await page.waitForLoadState('networkidle');
  });
});

test('while reading, in light and dark, axe finds no WCAG 2.2 AA problem in the control or the highlight', async ({ page }) => {
  await fakeSpeech(page, [localEnglish]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await open(page, '/ar/bsl/');
    await page.locator(`${control} [data-listen-main]`).click();
    await expect.poll(() => highlighted(page)).toEqual(['British Sign Language (BSL)']);
    const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id} (${colorScheme})`)).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no Listen control', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator(control)).toBeHidden();
  });
});
