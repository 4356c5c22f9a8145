import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderHeadersFile, renderRedirectsFile } from '../../src/lib/host-files.ts';
import { cspDirectives, securityHeaders } from '../../src/lib/security-headers.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

const read = (name: string) => readFileSync(new URL(`../../public/${name}`, import.meta.url), 'utf8');

describe('files for static hosts', () => {
  test('public/_headers is the one rendered from src/lib/security-headers.ts (run `npm run host-files`)', () => {
    expect(read('_headers')).toBe(renderHeadersFile());
  });

  test('public/_redirects is the one rendered from the language registry (run `npm run host-files`)', () => {
    expect(read('_redirects')).toBe(renderRedirectsFile(languageCodes));
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
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  test('"/" goes to English and every language has its own 404 page', () => {
    const redirects = renderRedirectsFile(['en', 'ar']);
    expect(redirects).toContain('/ /en/ 301');
    expect(redirects).toContain('/ar/* /ar/404.html 404');
  });
});
