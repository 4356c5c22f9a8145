/**
 * Astro writes `src/pages/[lang]/404.astro` as `/<lang>/404/index.html`. Static hosts look for a
 * `404.html` (Cloudflare Pages walks up to the nearest one; Netlify and nginx are pointed at it by
 * public/_redirects and the server config), so each language's page is moved to `/<lang>/404.html`.
 */
import { rename, rmdir } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

export function language404Pages(codes: readonly string[]): AstroIntegration {
  return {
    name: 'language-404-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const code of codes) {
          const folder = new URL(`${code}/404/`, dir);
          await rename(new URL('index.html', folder), new URL(`${code}/404.html`, dir));
          await rmdir(folder);
        }
        logger.info(`moved ${codes.length} language 404 pages to /<lang>/404.html`);
      },
    },
  };
}
