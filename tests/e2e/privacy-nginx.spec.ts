/**
 * The privacy crawl through nginx and deploy/nginx/site.conf: every English page and each language's
 * home page. The crawl through astro preview (privacy.spec.ts) covers every page the tests visit.
 */
import { test } from '@playwright/test';
import { expectNoTrace } from './privacy-check.ts';
import { testPages } from './site.ts';

const nginxPages = testPages.filter((p) => p.startsWith('/en/') || /^\/[^/]+\/$/.test(p) || !p.slice(1).includes('/'));

for (const path of nginxPages) {
  test(`through nginx, ${path} makes no request elsewhere and leaves nothing on the device`, async ({ page, context, baseURL }) => {
    await expectNoTrace(page, context, baseURL!, path, false);
  });
}

// Search through nginx: Pagefind's worker and WebAssembly under the real header CSP, with results shown.
for (const [path, query] of [
  ['/en/search/', 'refuge'],
  ['/ta/search/', 'பாதுகாப்பு'],
] as const) {
  test(`through nginx, searching "${query}" on ${path} makes no request elsewhere and leaves nothing on the device`, async ({ page, context, baseURL }) => {
    await expectNoTrace(page, context, baseURL!, path, false, query);
  });
}
