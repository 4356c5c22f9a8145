import { expect, test } from '@playwright/test';
import { builtPages, linksIn, serveWithHostHeaders } from './site.ts';

for (const path of builtPages) {
  test(`${path} makes no request elsewhere and leaves nothing on the device`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
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
    // (The nginx project gets those headers from nginx itself.)
    if (test.info().project.name === 'preview') await serveWithHostHeaders(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Use the page as a reader would: open the language list, press Shift once, then cancel.
    await page.locator('.language-switcher summary').click();
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');

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
  });
}

test('every page tells the browser to send no referrer and carries a strict content security policy', async ({ page }) => {
  for (const path of builtPages) {
    await page.goto(path);
    await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', 'no-referrer');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
});

test('links within the site never carry a query string, and links to other sites send no referrer', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const path of builtPages) {
    const links = await linksIn(page, await (await request.get(path)).text(), `${origin}${path}`);
    for (const link of links) {
      const url = new URL(link.href);
      if (url.protocol === 'tel:') continue;
      // The site's own links carry no query string (nothing a reader chose can end up in history).
      // A source's own address may have one (legislation.gov.uk's ?view=snippet): it is fixed text.
      if (url.origin === origin) expect(url.search, `${path} → ${link.href}`).toBe('');
      else expect(link.rel, `${path} → ${link.href}`).toContain('noreferrer');
    }
  }
});

test('the CSP really blocks a request to another site', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) blocked.push(m.text());
  });
  let leaked = false;
  await page.route('https://tracker.example/**', async (route) => {
    leaked = true;
    await route.fulfill({ status: 200, body: '' });
  });
  await page.goto('/en/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.gif';
    img.alt = '';
    document.body.append(img);
  });
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  expect(leaked).toBe(false);
});
