import { expect, test, type Page } from '@playwright/test';
import { blockRootRedirect, builtPages, fetchPages, linksIn, pageGroups, quickExitUrl } from './site.ts';

test.use({ javaScriptEnabled: false });

for (const group of pageGroups) {
  test(`${group.title}: readable, fits small screens and large text, safe to leave without JavaScript`, async ({ page }) => {
    test.setTimeout(30_000 * group.paths.length);
    await blockRootRedirect(page);
    for (const path of group.paths) await test.step(path, () => checkPage(page, path));
  });
}

/** One page without JavaScript: readable, quick exit first, footer and languages, 320 px and 200% text. */
async function checkPage(page: Page, path: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(path);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
  await expect(html).toHaveAttribute('dir', /^(ltr|rtl)$/);
  await expect(page.locator('main h1')).toBeVisible();
  expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(20);
  expect((await page.title()).length).toBeGreaterThan(0);

  // Quick exit: the first link in the tab order, and the sticky button, both to the neutral site.
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveAttribute('href', quickExitUrl);
  await expect(first).toHaveAttribute('rel', 'nofollow noreferrer');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveClass(/skip-link/);
  const button = page.locator('.quick-exit__button');
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('href', quickExitUrl);
  await expect(button).toHaveAttribute('rel', 'nofollow noreferrer');

  // Footer links to the safety pages, and a language list that opens without scripts.
  const lang = await page.locator('html').getAttribute('lang');
  for (const slug of ['using-this-site-safely', 'privacy', 'about', 'languages']) {
    await expect(page.locator(`footer nav a[href="/${lang}/${slug}/"]`)).toHaveCount(1);
  }
  await page.locator('.language-switcher summary').click();
  await expect(page.locator('.language-switcher nav a').first()).toBeVisible();

  // Fits a 320 px screen, and 200% text (a 1280 px window zoomed to 200% lays out like 640 px with
  // doubled text), without sideways scrolling; the exit button stays in view (WCAG 1.4.4, 1.4.10).
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page), '320 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 640, height: 800 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await horizontalOverflow(page), '200% text').toBeLessThanOrEqual(0);
  await expect(page.locator('.quick-exit__button')).toBeInViewport();
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('every link inside the site leads to a page that exists', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000); // reads every built page in every language
  const origin = new URL(baseURL!).origin;
  const targets = new Set<string>();
  for await (const [path, html] of fetchPages(request, builtPages)) {
    for (const { href } of await linksIn(page, html, `${origin}${path}`)) {
      const url = new URL(href);
      if (url.origin === origin) targets.add(url.pathname);
    }
  }
  expect(targets.size).toBeGreaterThan(10);
  const list = [...targets];
  for (let i = 0; i < list.length; i += 25) {
    const chunk = list.slice(i, i + 25);
    const statuses = await Promise.all(chunk.map(async (target) => (await request.get(target)).status()));
    for (const [j, target] of chunk.entries()) expect(statuses[j], target).toBe(200);
  }
});

test('the skip link moves to the main content', async ({ page }) => {
  await page.goto('/en/privacy/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('#main-content')).toBeFocused();
});

test('a page not yet translated says so in the reader\'s language and marks the English text', async ({ page }) => {
  await page.goto('/pl/privacy/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('.fallback-notice')).toHaveText(
    'Ta strona nie została jeszcze przetłumaczona na Twój język. Wyświetlamy ją po angielsku.',
  );
  const article = page.locator('main article');
  await expect(article).toHaveAttribute('lang', 'en');
  await expect(article).toHaveAttribute('dir', 'ltr');
  await page.goto('/ar/privacy/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main article')).toHaveAttribute('dir', 'ltr');
  await page.goto('/en/privacy/');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
  await expect(page.locator('main article')).not.toHaveAttribute('lang', /.*/);
});

test('machine-made interface strings are declared to readers', async ({ page }) => {
  await page.goto('/pl/');
  await expect(page.locator('footer')).toContainText('przetłumaczone na język polski maszynowo');
  await page.goto('/en/');
  await expect(page.locator('.site-footer__translation')).toHaveCount(0);
});

test('the language switcher names each language in itself and keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/privacy/');
  await page.locator('.language-switcher summary').click();
  const arabic = page.locator('.language-switcher a[hreflang="ar"]');
  await expect(arabic).toHaveText('العربية');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await arabic.click();
  await expect(page).toHaveURL(/\/ar\/privacy\/$/);
  await expect(page.locator('.language-switcher a[aria-current="true"]')).toHaveText('العربية');
});

test('hreflang alternates list the languages a page is really in', async ({ page }) => {
  await page.goto('/pl/privacy/');
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
  expect(alternates).toEqual(['en', 'x-default']);
});

test('"/" sends the reader to the English home page, and links every language if it cannot', async ({ page, request, baseURL }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  const links = (await linksIn(page, await (await request.get('/')).text(), `${baseURL}/`)).map((l) => new URL(l.href).pathname);
  for (const home of ['/en/', '/pl/', '/ar/']) expect(links).toContain(home);
});

test('each language has its own "page not found" page', async ({ page }) => {
  await page.goto('/ar/404.html');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
  await page.goto('/pl/404.html');
  await expect(page.locator('h1')).toHaveText('Nie znaleziono strony');
});

test('links inside an untranslated page keep the reader in their language', async ({ page }) => {
  await page.goto('/pl/privacy/');
  await page.locator('main article a', { hasText: 'how to use this site safely' }).click();
  await expect(page).toHaveURL(/\/pl\/using-this-site-safely\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

test('a translated page says it was machine-translated and links to the English page', async ({ page }) => {
  await page.goto('/pl/safe-accommodation/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const notice = page.locator('.translation-notice');
  await expect(notice).toContainText('maszynowo');
  await expect(notice.locator('a[hreflang="en"]')).toHaveAttribute('href', '/en/safe-accommodation/');
  await expect(page.locator('main article')).not.toHaveAttribute('lang', /.*/);
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
});

test('links to pages not yet translated are marked, in the reader\'s language', async ({ page }) => {
  await page.goto('/pl/safe-accommodation/');
  // "Help from a council" is not translated into Polish; "Get help now" is.
  const council = page.locator('main article a[href="/pl/council-help/"]').first();
  await expect(council.locator('xpath=following-sibling::*[1]')).toHaveText('(po angielsku)');
  const home = page.locator('main article a[href="/pl/"]').first();
  await expect(home.locator('xpath=following-sibling::*[1][contains(@class,"link-note")]')).toHaveCount(0);
  await expect(page.locator('footer a[href="/pl/about/"] + .link-note')).toHaveText('(po angielsku)');
});

test('every language is listed by its own name on the languages page', async ({ page }) => {
  await page.goto('/ti/languages/');
  const names = await page.locator('main .language-list a').evaluateAll((as) => as.map((a) => [a.getAttribute('lang'), a.textContent?.trim()]));
  expect(names).toContainEqual(['ti', 'ትግርኛ']);
  expect(names).toContainEqual(['zh-Hans', '简体中文']);
  expect(names.length).toBe(25);
});

test('switching language from a translated page keeps the reader on the same page', async ({ page }) => {
  await page.goto('/bn/safe-accommodation/');
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[hreflang="ti"]').click();
  await expect(page).toHaveURL(/\/ti\/safe-accommodation\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
  await expect(page.locator('.translation-notice')).toBeVisible();
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
  expect(alternates).toContain('bn');
  expect(alternates).toContain('x-default');
});
