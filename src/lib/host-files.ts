/**
 * Files that hosts read, rendered from the code they must agree with: `public/_headers` and
 * `public/_redirects` (Netlify, Cloudflare Pages) and `deploy/nginx/*.conf`. The security headers come
 * from src/lib/security-headers.ts and the languages from the registry, so the hosts cannot drift apart.
 * `npm run host-files` writes them all; a unit test fails when a committed file differs.
 */
import { bslFolder } from './bsl.ts';
import { defaultLanguage } from '../i18n/languages.ts';
import { immutableCacheControl, revalidateCacheControl, securityHeaders } from './security-headers.ts';
import { localizedPath } from './routes.ts';

const generated = (comment: string, source: string) =>
  `${comment} Generated from ${source}: change it there, then run \`npm run host-files\`.`;

/** Built assets with a content hash in their name. */
export const hashedAssetsPath = '/_astro/';

/** `_headers` (Netlify / Cloudflare Pages syntax). Both hosts already ask browsers to revalidate HTML. */
export function renderHeadersFile(): string {
  const lines = [
    generated('#', 'src/lib/security-headers.ts'),
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    `${hashedAssetsPath}*`,
    `  Cache-Control: ${immutableCacheControl}`,
  ];
  return lines.join('\n') + '\n';
}

/** `_redirects` (Netlify syntax): "/" to the English home page, and each language's own 404 page. */
export function renderRedirectsFile(codes: readonly string[]): string {
  const lines = [
    generated('#', 'src/lib/host-files.ts and src/i18n/languages.ts'),
    `/ ${localizedPath(defaultLanguage)} 301`,
    ...codes.map((code) => `${localizedPath(code)}* ${localizedPath(code)}404.html 404`),
  ];
  return lines.join('\n') + '\n';
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * deploy/nginx/security-headers.conf: included in every location, because nginx drops the server's
 * add_header lines in any location that has add_header of its own. `always` sends them on errors too.
 */
export function renderNginxHeaders(): string {
  return [
    generated('#', 'src/lib/security-headers.ts'),
    ...Object.entries(securityHeaders).map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    '',
  ].join('\n');
}

/**
 * deploy/nginx/site.conf: everything inside the `server { }` block but `listen`, `server_name`, TLS
 * and `root`. Needs the brotli_static module (Debian: libnginx-mod-http-brotli-static).
 */
export function renderNginxSite(codes: readonly string[], headersInclude = '/etc/nginx/safer-homes/security-headers.conf'): string {
  const include = `include ${headersInclude};`;
  const lines = [
    generated('#', 'src/lib/host-files.ts, src/lib/security-headers.ts and src/i18n/languages.ts'),
    '# Include inside a server { } block that sets listen, server_name, TLS and root (the built dist/ folder).',
    '',
    'server_tokens off;',
    'autoindex off;',
    'charset utf-8;',
    'charset_types text/css application/javascript application/json image/svg+xml;',
    '',
    '# Files compressed at build time (npm run build writes .gz and .br next to each file).',
    'gzip_static on;',
    'brotli_static on;',
    '',
    'index index.html;',
    '',
    `location = / {`,
    `    ${include}`,
    `    return 301 ${localizedPath(defaultLanguage)};`,
    '}',
    '',
    `location ${hashedAssetsPath} {`,
    `    ${include}`,
    `    add_header Cache-Control ${quote(immutableCacheControl)} always;`,
    '    try_files $uri =404;',
    '}',
    '',
    '# Search index: small unhashed entry files, and binary chunks nginx has no type for.',
    'location /pagefind/ {',
    `    ${include}`,
    `    add_header Cache-Control ${quote(revalidateCacheControl)} always;`,
    '    try_files $uri =404;',
    '    location ~ \\.(pf_meta|pf_index|pf_fragment|pagefind)$ {',
    `        ${include}`,
    `        add_header Cache-Control ${quote(revalidateCacheControl)} always;`,
    '        types { }',
    '        default_type application/octet-stream;',
    '    }',
    '}',
    '',
    // content/README.md, "Add a BSL video". Video is fetched in byte ranges, which nginx serves itself.
    '# BSL videos, captions and posters: WebVTT captions need a type nginx does not know by default.',
    `location ${bslFolder} {`,
    `    ${include}`,
    `    add_header Cache-Control ${quote(revalidateCacheControl)} always;`,
    '    types { video/mp4 mp4; video/webm webm; text/vtt vtt; image/jpeg jpg jpeg; image/png png; image/webp webp; image/avif avif; }',
    '    default_type application/octet-stream;',
    '    charset_types text/vtt;',
    '    try_files $uri =404;',
    '}',
    '',
    ...codes.flatMap((code) => [
      `location ${localizedPath(code)} {`,
      `    ${include}`,
      `    add_header Cache-Control ${quote(revalidateCacheControl)} always;`,
      `    error_page 404 ${localizedPath(code)}404.html;`,
      '    try_files $uri $uri/ =404;',
      '}',
      '',
    ]),
    'location / {',
    `    ${include}`,
    `    add_header Cache-Control ${quote(revalidateCacheControl)} always;`,
    '    error_page 404 /404.html;',
    '    try_files $uri $uri/ =404;',
    '}',
    '',
  ];
  return lines.join('\n');
}
