/**
 * Files that static hosts read from the site's root, rendered from the code they must agree with.
 * `npm run host-files` writes them to public/; a unit test fails when the committed files differ.
 */
import { defaultLanguage } from '../i18n/languages.ts';
import { securityHeaders } from './security-headers.ts';
import { localizedPath } from './routes.ts';

const generated = (source: string, command = 'npm run host-files') =>
  `# Generated from ${source}: change it there, then run \`${command}\`.`;

/** `_headers` (Netlify / Cloudflare Pages syntax): every path gets every security header. */
export function renderHeadersFile(): string {
  const lines = [
    generated('src/lib/security-headers.ts'),
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return lines.join('\n') + '\n';
}

/** `_redirects` (Netlify syntax): "/" to the English home page, and each language's own 404 page. */
export function renderRedirectsFile(codes: readonly string[]): string {
  const lines = [
    generated('src/lib/host-files.ts and src/i18n/languages.ts'),
    `/ ${localizedPath(defaultLanguage)} 301`,
    ...codes.map((code) => `${localizedPath(code)}* ${localizedPath(code)}404.html 404`),
  ];
  return lines.join('\n') + '\n';
}
