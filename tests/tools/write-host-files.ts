// Writes public/_headers and public/_redirects from src/lib/host-files.ts. Run with `npm run host-files`.
import { writeFileSync } from 'node:fs';
import { renderHeadersFile, renderRedirectsFile } from '../../src/lib/host-files.ts';
import { languageCodes } from '../../src/i18n/languages.ts';

writeFileSync(new URL('../../public/_headers', import.meta.url), renderHeadersFile());
writeFileSync(new URL('../../public/_redirects', import.meta.url), renderRedirectsFile(languageCodes));
process.stdout.write('wrote public/_headers and public/_redirects\n');
