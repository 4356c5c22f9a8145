/**
 * What nginx, configured with deploy/nginx/site.conf, sends for each kind of file. Runs in the "nginx"
 * project only. The same headers are in public/_headers (tests/unit/host-files.test.ts).
 */
import { readdirSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { immutableCacheControl, securityHeaders } from '../../src/lib/security-headers.ts';

const dist = new URL('../../dist/', import.meta.url);
const first = (dir: string, pattern: RegExp) => {
  const name = readdirSync(new URL(dir, dist)).find((f) => pattern.test(f));
  if (!name) throw new Error(`no ${pattern} in dist/${dir}`);
  return `/${dir}${name}`;
};

function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  }
  // No version number for an attacker to look up.
  expect(headers['server'] ?? '', what).not.toMatch(/\d/);
}

test('pages: security headers, revalidated caching, HTML type, brotli and gzip copies', async ({ request }) => {
  const br = await request.get('/en/privacy/', { headers: { 'Accept-Encoding': 'br' } });
  expect(br.status()).toBe(200);
  expectSecurityHeaders(br, 'a page');
  expect(br.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(br.headers()['content-encoding']).toBe('br');
  expect(br.headers()['cache-control']).toBe('no-cache');
  const gz = await request.get('/en/privacy/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(await gz.text()).toContain('<html lang="en"');
});

test('hashed assets: cached for a year, with their types and the security headers', async ({ request }) => {
  for (const [path, type] of [
    [first('_astro/', /\.css$/), 'text/css'],
    [first('_astro/', /\.js$/), 'application/javascript'],
  ] as const) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path);
    expect(response.headers()['content-type'], path).toContain(type);
    expect(response.headers()['cache-control'], path).toBe(immutableCacheControl);
  }
});

test('search files: JavaScript, JSON and binary chunks with the right types, allowed by the CSP', async ({ request }) => {
  const cases = [
    ['/pagefind/pagefind.js', 'application/javascript'],
    ['/pagefind/pagefind-worker.js', 'application/javascript'],
    ['/pagefind/pagefind-entry.json', 'application/json'],
    [first('pagefind/fragment/', /\.pf_fragment$/), 'application/octet-stream'],
    [first('pagefind/index/', /\.pf_index$/), 'application/octet-stream'],
    [first('pagefind/', /\.pf_meta$/), 'application/octet-stream'],
    [first('pagefind/', /^wasm\..*\.pagefind$/), 'application/octet-stream'],
  ] as const;
  for (const [path, type] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  // Pagefind's worker compiles WebAssembly under the worker's own CSP header.
  expect(securityHeaders['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
});

test('a missing page gets that language\'s "not found" page, with status 404 and the headers', async ({ request }) => {
  for (const [path, text] of [
    ['/pl/no-such-page/', 'Nie znaleziono strony'],
    ['/ar/no-such-page/', 'الصفحة غير موجودة'],
    ['/no-such-page/', 'Page not found'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expectSecurityHeaders(response, path);
    expect(await response.text(), path).toContain(text);
  }
});

test('"/" redirects to /en/ with 301; folders are never listed', async ({ request }) => {
  const root = await request.get('/', { maxRedirects: 0 });
  expect(root.status()).toBe(301);
  expect(new URL(root.headers()['location']!, 'http://x').pathname).toBe('/en/');
  expectSecurityHeaders(root, 'the redirect');
  for (const folder of ['/_astro/', '/pagefind/']) {
    const listing = await request.get(folder);
    expect(listing.status(), folder).toBe(404);
    expect(await listing.text(), folder).not.toContain('Index of');
  }
});
