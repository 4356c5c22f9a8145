import { expect, test, type Page } from '@playwright/test';
import { fakeExitSite, quickExitUrl, stayOnPage } from './site.ts';

const button = '.quick-exit__button';

/** Open a page and wait until the quick exit's script is running, as a reader's keypresses would. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => customElements.whenDefined('quick-exit'));
}
const status = '[data-quick-exit-status]';

test.describe('quick exit with JavaScript', () => {
  test('the button hides the page at once and announces "Loading." while the neutral site loads', async ({ page }) => {
    const seen = await fakeExitSite(page, stayOnPage);
    await open(page, '/en/privacy/');
    await page.locator(button).click();
    const overlay = page.locator('.quick-exit-overlay');
    await expect(overlay).toHaveAttribute('role', 'alert');
    await expect(overlay).toHaveText('Loading.');
    await expect(overlay).toBeVisible();
    await expect(page.locator('main')).toBeHidden();
    await expect(page.locator('header')).toBeHidden();
    await expect(page.locator(button)).toBeHidden();
    // The neutral site was asked for, and not told which page the reader left.
    expect(seen).toEqual([{ url: quickExitUrl, referer: undefined }]);
  });

  test('the button leaves for the neutral site', async ({ page }) => {
    await fakeExitSite(page);
    await open(page, '/en/privacy/');
    await page.locator(button).click();
    await page.waitForURL(`${quickExitUrl}**`);
  });

  test('Back after exiting does not return to the page that was left', async ({ page, baseURL }) => {
    await fakeExitSite(page);
    await open(page, '/en/');
    await open(page, '/en/privacy/');
    await page.locator(button).click();
    await page.waitForURL(`${quickExitUrl}**`);
    await page.goBack();
    expect(page.url()).toBe(`${baseURL}/en/`);
  });

  test('the first Tab reaches the exit link, and Enter on it leaves the site', async ({ page }) => {
    const seen = await fakeExitSite(page);
    await open(page, '/ar/using-this-site-safely/');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('href', quickExitUrl);
    await expect(focused).toHaveAttribute('rel', 'nofollow noreferrer');
    await expect(focused).toBeVisible();
    await expect(focused).toHaveText('غادر هذه الصفحة');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${quickExitUrl}**`);
    expect(seen).toHaveLength(1);
  });

  test('Shift three times announces the count and then exits', async ({ page }) => {
    await fakeExitSite(page);
    await open(page, '/en/');
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 2 more times to exit.');
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 1 more time to exit.');
    await page.keyboard.press('Shift');
    await page.waitForURL(`${quickExitUrl}**`);
  });

  test('announcements are in the reader\'s language', async ({ page }) => {
    await fakeExitSite(page, stayOnPage);
    await open(page, '/pl/');
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift: naciśnij jeszcze 2 razy, aby wyjść.');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.locator('.quick-exit-overlay')).toHaveText('Ładowanie.');
  });

  test('another key cancels the sequence, and says so', async ({ page }) => {
    await fakeExitSite(page);
    await open(page, '/en/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('b');
    await expect(page.locator(status)).toHaveText('Exit this page expired.');
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 2 more times to exit.');
    expect(page.url()).toContain('/en/');
  });

  test('waiting more than 5 seconds between presses cancels, and the message then clears', async ({ page }) => {
    await page.clock.install();
    await fakeExitSite(page);
    await open(page, '/en/');
    // Stop time flowing on its own: from here only runFor moves it.
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 2 more times to exit.');
    await page.clock.runFor(4_900);
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 1 more time to exit.');
    await page.clock.runFor(5_100);
    await expect(page.locator(status)).toHaveText('Exit this page expired.');
    await page.clock.runFor(5_100);
    await expect(page.locator(status)).toHaveText('');
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 2 more times to exit.');
  });

  test('Shift used to type capitals does not count', async ({ page }) => {
    await fakeExitSite(page);
    await open(page, '/en/');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    await expect(page.locator('main')).toBeVisible();
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 2 more times to exit.');
  });

  test('a page shown again (pageshow) is reset: no overlay stuck over it, counter cleared', async ({ page }) => {
    await fakeExitSite(page, stayOnPage);
    await open(page, '/en/');
    await page.keyboard.press('Shift');
    await page.locator(button).click();
    await expect(page.locator('.quick-exit-overlay')).toBeAttached();
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect(page.locator('.quick-exit-overlay')).toHaveCount(0);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator(status)).toHaveText('');
    await page.keyboard.press('Shift');
    await expect(page.locator(status)).toHaveText('Shift, press 2 more times to exit.');
  });

  test('the button stays on screen while the reader scrolls, at phone width too', async ({ page }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 600 });
      await open(page, '/en/using-this-site-safely/');
      await page.mouse.wheel(0, 5000);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      await expect(page.locator(button)).toBeInViewport();
    }
  });

  test('the quick exit is not printed', async ({ page }) => {
    await open(page, '/en/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(button)).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the button is a plain link that leaves for the neutral site', async ({ page }) => {
    const seen = await fakeExitSite(page);
    await page.goto('/pl/privacy/');
    await page.locator(button).click();
    await page.waitForURL(`${quickExitUrl}**`);
    expect(seen).toHaveLength(1);
  });

  test('the exit link is first in the tab order and works', async ({ page }) => {
    await fakeExitSite(page);
    await page.goto('/en/about/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Exit this page');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${quickExitUrl}**`);
  });
});
