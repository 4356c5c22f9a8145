import { expect, test } from '@playwright/test';
import { builtPages, fetchPages, linksIn, pageGroups } from './site.ts';
import { expectNoTrace } from './privacy-check.ts';

for (const group of pageGroups) {
  test(`${group.title}: no request elsewhere, nothing left on the device`, async ({ context, baseURL }) => {
    test.setTimeout(30_000 * group.paths.length);
    // A fresh tab for each page, in one browser profile: nothing may build up across the visits either.
    for (const path of group.paths) {
      await test.step(path, async () => {
        const page = await context.newPage();
        await expectNoTrace(page, context, baseURL!, path, true);
        await page.close();
      });
    }
  });
}

test('every page tells the browser to send no referrer and carries a strict content security policy', async ({ page, request }) => {
  test.setTimeout(300_000); // reads every built page in every language
  for await (const [path, html] of fetchPages(request, builtPages)) {
    const meta = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        referrer: doc.querySelector('meta[name="referrer"]')?.getAttribute('content'),
        csp: doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
      };
    }, html);
    expect(meta.referrer, path).toBe('no-referrer');
    expect(meta.csp, path).toContain("default-src 'self'");
    expect(meta.csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
});

test('links within the site never carry a query string, and links to other sites send no referrer', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000); // reads every built page in every language
  const origin = new URL(baseURL!).origin;
  // Collected, then checked once: an expect per link (hundreds of thousands) is far too slow.
  const problems: string[] = [];
  for await (const [path, html] of fetchPages(request, builtPages)) {
    for (const link of await linksIn(page, html, `${origin}${path}`)) {
      const url = new URL(link.href);
      if (url.protocol === 'tel:') continue;
      // The site's own links carry no query string (nothing a reader chose can end up in history).
      // A source's own address may have one (legislation.gov.uk's ?view=snippet): it is fixed text.
      if (url.origin === origin ? url.search !== '' : !link.rel.split(' ').includes('noreferrer')) problems.push(`${path} → ${link.href}`);
    }
  }
  expect(problems).toEqual([]);
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
