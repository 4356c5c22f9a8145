/**
 * The site's security policy, written once.
 *
 * Astro turns `cspDirectives` into a `<meta http-equiv="content-security-policy">` on every page (adding
 * hashes for anything it inlines), and src/lib/host-files.ts renders `public/_headers` from
 * `securityHeaders` for static hosts that read that file (Netlify, Cloudflare Pages).
 *
 * Why each rule: DESIGN.md rule 2 (no third parties) and rule 4 (nothing sensitive leaks), and
 * research/anchors.md section 4 (Referer leaks the page a survivor was reading).
 */

/** CSP directives besides script-src and style-src, which Astro writes itself with hashes. */
export const cspDirectives = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  // Pagefind 1.6 searches in a Web Worker served from /pagefind/.
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/**
 * The full policy for HTTP headers. `frame-ancestors` and `upgrade-insecure-requests` only work as
 * headers, never in a <meta> tag.
 */
export const headerCsp = [
  ...cspDirectives,
  // 'wasm-unsafe-eval' lets Pagefind's worker (/pagefind/pagefind-worker.js, which gets this header
  // from the host) compile its WebAssembly. It does not allow eval() or inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

/** Powerful features the site never uses, switched off so nothing embedded could use them either. */
export const disabledFeatures = [
  'accelerometer',
  'ambient-light-sensor',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Hashed build assets never change under the same name: cache them for a year. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** Pages and unhashed files: keep a copy but ask the server before using it, so fixes reach readers. */
export const revalidateCacheControl = 'no-cache';

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerCsp,
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': disabledFeatures.map((f) => `${f}=()`).join(', '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};
