/** Shared by privacy.spec.ts (astro preview) and privacy-nginx.spec.ts (nginx). */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { serveWithHostHeaders } from './site.ts';

/**
 * Visit a page as a reader would and check that it asked nothing of any other origin, broke no CSP rule,
 * logged no error, and left nothing on the device.
 */
export async function expectNoTrace(
  page: Page,
  context: BrowserContext,
  baseURL: string,
  path: string,
  emulateHostHeaders: boolean,
  /** Also search for this, with results shown, as a reader would (the search box loads Pagefind). */
  search?: string,
  /** Anything more to do on the page before the checks (e.g. start reading it aloud). */
  use?: (page: Page) => Promise<void>,
): Promise<void> {
  const origin = new URL(baseURL).origin;
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });

  // As a real host would serve it: the page's own <meta> policy and public/_headers' policy both apply.
  // (Through nginx the headers come from nginx itself.)
  if (emulateHostHeaders) await serveWithHostHeaders(page);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  if (search) {
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill(search);
    await box.press('Enter');
    await expect(page.locator('[data-search-list] li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  // Use the page as a reader would: open the language list, press Shift once, then cancel.
  await page.locator('.language-switcher summary').click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  if (use) await use(page);

  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(problems).toEqual([]);
  await expectNothingStored(page, context);
}

/**
 * The same checks over many pages in one visit, as a reader clicking from page to page would make them:
 * quicker than one test a page for the hundreds of pages made from records.
 */
export async function expectNoTraceAcross(page: Page, context: BrowserContext, baseURL: string, paths: string[]): Promise<void> {
  const origin = new URL(baseURL).origin;
  const elsewhere: string[] = [];
  const problems: string[] = [];
  let current = '';
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) elsewhere.push(`${current}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${current}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await serveWithHostHeaders(page);
  for (const path of paths) {
    current = path;
    await page.goto(path, { waitUntil: 'load' });
  }
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
  await expectNothingStored(page, context);
}

/** No cookie, web storage, database, cache or service worker: nothing a reader's device keeps. */
async function expectNothingStored(page: Page, context: BrowserContext): Promise<void> {
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 });
}
