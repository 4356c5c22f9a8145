import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderHeadersFile, renderNginxHeaders, renderNginxSite, renderRedirectsFile } from '../../src/lib/host-files.ts';
import { cspDirectives, immutableCacheControl, securityHeaders } from '../../src/lib/security-headers.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Header name → value from the `/*` block of a _headers file. */
function headersFileRules(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      path = line.trim();
      rules[path] = {};
    } else {
      const at = line.indexOf(':');
      rules[path]![line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Header name → value from nginx add_header lines. */
function nginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/^\s*add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/gm)].map((m) => [m[1]!, m[2]!.replace(/\\(.)/g, '$1')]),
  );
}

describe('files for hosts', () => {
  test.each([
    ['public/_headers', () => renderHeadersFile()],
    ['public/_redirects', () => renderRedirectsFile(languageCodes)],
    ['deploy/nginx/security-headers.conf', () => renderNginxHeaders()],
    ['deploy/nginx/site.conf', () => renderNginxSite(languageCodes)],
  ])('%s is the one rendered from src/lib (run `npm run host-files`)', (path, render) => {
    expect(read(path)).toBe(render());
  });

  test('nginx and _headers send the same security headers, and cache hashed assets the same way', () => {
    const netlify = headersFileRules(read('public/_headers'));
    expect(nginxHeaders(read('deploy/nginx/security-headers.conf'))).toEqual(netlify['/*']);
    expect(netlify['/_astro/*']).toEqual({ 'Cache-Control': immutableCacheControl });
    expect(read('deploy/nginx/site.conf')).toMatch(
      new RegExp(`location /_astro/ \\{[^}]*add_header Cache-Control "${immutableCacheControl}" always;`),
    );
  });

  test('every nginx location includes the security headers (nginx drops inherited add_header otherwise)', () => {
    const site = read('deploy/nginx/site.conf');
    const locations = [...site.matchAll(/location [^{]+\{([^{}]*)/g)];
    expect(locations.length).toBeGreaterThan(languageCodes.length);
    for (const [, body] of locations) expect(body).toContain('security-headers.conf;');
  });

  test('nginx hides its version, lists no folders, and serves each language its own 404 page', () => {
    const site = renderNginxSite(['en', 'ar']);
    expect(site).toContain('server_tokens off;');
    expect(site).toContain('autoindex off;');
    expect(site).toContain('brotli_static on;');
    expect(site).toContain('gzip_static on;');
    expect(site).toMatch(/location \/ar\/ \{[^}]*error_page 404 \/ar\/404\.html;/);
    expect(site).toMatch(/location = \/ \{[^}]*return 301 \/en\/;/);
  });

  test('nginx serves BSL captions as WebVTT and BSL video with its type, with the security headers', () => {
    const site = renderNginxSite(['en']);
    const bsl = /location \/bsl\/ \{[^}]*\}/.exec(site)?.[0] ?? '';
    expect(bsl).toContain('text/vtt vtt;');
    expect(bsl).toContain('video/webm webm;');
    expect(bsl).toContain('video/mp4 mp4;');
    expect(bsl).toContain('include /etc/nginx/safer-homes/security-headers.conf;');
  });

  test('the headers carry the policy that a <meta> tag cannot', () => {
    const headers = renderHeadersFile();
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/Strict-Transport-Security: max-age=\d{8,}/);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(securityHeaders['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  test('the header policy and the page policy agree, and neither allows another origin or inline script', () => {
    const header = securityHeaders['Content-Security-Policy']!;
    for (const directive of cspDirectives) expect(header).toContain(directive);
    expect(header).toContain("default-src 'self'");
    expect(header.split(/[\s;]+/)).not.toContain("'unsafe-inline'");
    expect(header.split(/[\s;]+/)).not.toContain("'unsafe-eval'");
    expect(header).not.toMatch(/https?:|\*/);
  });

  test('"/" goes to English and every language has its own 404 page', () => {
    const redirects = renderRedirectsFile(['en', 'ar']);
    expect(redirects).toContain('/ /en/ 301');
    expect(redirects).toContain('/ar/* /ar/404.html 404');
  });
});
