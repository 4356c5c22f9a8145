// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { languageCodes, defaultLanguage } from './src/i18n/languages.ts';
import { cspDirectives } from './src/lib/security-headers.ts';
import { language404Pages } from './src/integrations/language-404.ts';

export default defineConfig({
  // The site's own address, for printed links (ContentLink): set SITE_URL when building for a real
  // domain. Without it, printed links show the path on this site.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), language404Pages(languageCodes)],
  i18n: {
    locales: [...languageCodes],
    defaultLocale: defaultLanguage,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Prefetching would request pages the reader never chose to open.
  prefetch: false,
  devToolbar: { enabled: false },
  build: {
    // Every stylesheet becomes a file under /_astro/: an inlined <style> from a component used in MDX
    // is emitted without a CSP hash and blocked (see ../shared/TOOLCHAIN.md).
    inlineStylesheets: 'never',
  },
  // Shiki writes inline style attributes, which the CSP forbids.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      // Scripts stay files under /_astro/ rather than being inlined, so a host's CSP header of
      // script-src 'self' (public/_headers) allows them without per-page hashes.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // One harmless warning per MDX entry (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
