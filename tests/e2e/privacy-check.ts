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
  // Use the page as a reader would: open the language list, press Shift once, then cancel.
  await page.locator('.language-switcher summary').click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  if (use) await use(page);

  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(problems).toEqual([]);
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
