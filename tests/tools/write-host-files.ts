// Writes public/_headers, public/_redirects and deploy/nginx/*.conf from src/lib/host-files.ts.
// Run with `npm run host-files`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderHeadersFile, renderNginxHeaders, renderNginxSite, renderRedirectsFile } from '../../src/lib/host-files.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

const root = new URL('../../', import.meta.url);
mkdirSync(new URL('deploy/nginx/', root), { recursive: true });
const files: [string, string][] = [
  ['public/_headers', renderHeadersFile()],
  ['public/_redirects', renderRedirectsFile(languageCodes)],
  ['deploy/nginx/security-headers.conf', renderNginxHeaders()],
  ['deploy/nginx/site.conf', renderNginxSite(languageCodes)],
];
for (const [path, text] of files) writeFileSync(new URL(path, root), text);
process.stdout.write(`wrote ${files.map(([p]) => p).join(', ')}\n`);
