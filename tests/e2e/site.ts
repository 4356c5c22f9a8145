/** What the browser tests need to know about the built site in dist/. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page, Route } from '@playwright/test';
import { quickExitUrl } from '../../src/lib/quick-exit.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every built page as the URL path a reader would use: /en/, /en/privacy/, /en/404.html, /404.html. */
export const builtPages: string[] = htmlFiles(dist)
  .map((file) => '/' + relative(dist, file).split(sep).join('/'))
  .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
  .sort();

if (builtPages.length === 0) throw new Error('No built pages in dist/: run `npm run build` first.');

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const translated = (lang: string): Set<string> => {
  try {
    return new Set(
      readdirSync(join(contentDir, lang), { recursive: true, encoding: 'utf8' })
        .map((f) => f.split(sep).join('/'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '')),
    );
  } catch {
    return new Set();
  }
};

/** Pages made from records: one per service, council and group, in every language. */
const recordPage = /^\/[^/]+\/(services|help-in|support-for)\/[^/]+\/$/;
/** One of each kind of record page, checked page by page in the languages below. */
const recordSamples = ['services/national-domestic-abuse-helpline', 'help-in/westminster', 'support-for/lgbtq'];
/**
 * Languages whose template pages (about, languages, search, 404, the directory and its record pages,
 * the options checker and one of its status pages)
 * are checked page by page: right-to-left, Latin with diacritics, Chinese, Ge'ez, and Tamil's long
 * words. The shell (header, footer, notices) is the same on every page, so each language's translated
 * pages already check it in that language.
 */
const sampleLanguages = ['en', 'ar', 'pl', 'zh-Hans', 'ti', 'ta'];

/**
 * Every English record page (services, councils, groups). directory.spec.ts runs axe and the privacy
 * crawl over all of them in batches, which is much quicker than one test each.
 */
export const englishRecordPages: string[] = builtPages.filter((path) => path.startsWith('/en/') && recordPage.test(path));

/**
 * The pages each browser check visits, so `npm test` stays near 15 minutes on 2 cores with 25 languages
 * and thousands of pages: every English page but the record pages (one of each kind); in every other
 * language every translated page (Easy Read ones too); in the sample languages one page of each
 * template and one of each record page; the BSL page and an untranslated Easy Read page in Arabic.
 * directory.spec.ts covers every English record page in batches; privacy.spec.ts and
 * no-javascript.spec.ts read every built page's HTML for the rules that can be checked without a browser.
 */
export const testPages: string[] = builtPages.filter((path) => {
  const match = /^\/([^/]+)\/(.*)$/.exec(path);
  if (!match) return true; // the root page and root 404
  const [, lang, rest] = match as unknown as [string, string, string];
  const slug = rest.replace(/\/$/, '');
  if (lang === 'ar' && slug === 'bsl') return true; // the BSL page in a right-to-left shell, in English
  if (recordPage.test(path)) return sampleLanguages.includes(lang) && recordSamples.includes(slug);
  if (lang === 'en') return true;
  if (translated(lang).has(slug)) return true;
  if (sampleLanguages.includes(lang) && ['about', 'languages', 'search', '404.html', 'services', 'help-in', 'options', 'options/no-status'].includes(slug)) return true;
  // One untranslated Easy Read page in a right-to-left language: English rows inside an Arabic shell.
  return lang === 'ar' && slug === 'easy-read/council-help';
});

/**
 * testPages grouped for the per-page checks: each English page and each root page is its own test, and
 * the pages of every other language share one test (a `test.step` per page names any page that fails).
 * The checks are the same; one browser context per language instead of one per page keeps `npm test`
 * near its time budget.
 */
export const pageGroups: { title: string; paths: string[] }[] = (() => {
  const groups: { title: string; paths: string[] }[] = [];
  const byLanguage = new Map<string, string[]>();
  for (const path of testPages) {
    const lang = /^\/([^/]+)\//.exec(path)?.[1];
    if (lang === undefined || lang === 'en') groups.push({ title: path, paths: [path] });
    else byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), path]);
  }
  for (const [lang, paths] of byLanguage) groups.push({ title: `the ${paths.length} checked pages in /${lang}/`, paths });
  return groups;
})();

export { quickExitUrl };

/**
 * A "204 No Content" answer to a navigation leaves the browser on the current page: the state a reader
 * is in while the neutral site is still loading, or if it never loads.
 */
export const stayOnPage = (route: Route) => route.fulfill({ status: 204 });

/** The links in a built page, read from its HTML without running it (the root page redirects at once). */
export async function linksIn(page: Page, html: string, base: string): Promise<{ href: string; rel: string }[]> {
  return page.evaluate(
    ({ html, base }) =>
      [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('a[href]')].map((a) => ({
        href: new URL(a.getAttribute('href')!, base).href,
        rel: a.getAttribute('rel') ?? '',
      })),
    { html, base },
  );
}

/**
 * Answer the quick exit's destination locally, so no test leaves the machine. Returns the requests
 * the browser made to it.
 */
export async function fakeExitSite(
  page: Page,
  handle?: (route: Route) => Promise<void>,
): Promise<{ url: string; referer: string | undefined }[]> {
  const seen: { url: string; referer: string | undefined }[] = [];
  await page.route(`${quickExitUrl}**`, async (route) => {
    seen.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    if (handle) return handle(route);
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
  });
  return seen;
}

/**
 * Serve the root page without its instant redirect, so it can be checked as a reader whose browser
 * blocks refreshes would see it.
 */
export async function blockRootRedirect(page: Page): Promise<void> {
  await page.route(/^https?:\/\/[^/]+\/$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
    await route.fulfill({ response, body: html });
  });
}

/**
 * Serve pages with the headers public/_headers gives static hosts, so a test proves the site works
 * under the host's policy too (script-src 'self' with no hashes: no inline script may exist).
 * `upgrade-insecure-requests` is dropped: tests run over plain http on the loopback address.
 */
export async function serveWithHostHeaders(page: Page): Promise<void> {
  const headers = {
    ...securityHeaders,
    'Content-Security-Policy': securityHeaders['Content-Security-Policy']!.replace(/;\s*upgrade-insecure-requests/, ''),
  };
  await page.route(
    (url) => url.hostname === '127.0.0.1',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    },
  );
}

/** The HTML of many pages, fetched 25 at a time (thousands of pages: one by one is too slow). */
export async function* fetchPages(request: APIRequestContext, paths: string[]): AsyncGenerator<[string, string]> {
  for (let i = 0; i < paths.length; i += 25) {
    const chunk = paths.slice(i, i + 25);
    const texts = await Promise.all(chunk.map(async (path) => (await request.get(path)).text()));
    for (const [j, path] of chunk.entries()) yield [path, texts[j]!];
  }
}
