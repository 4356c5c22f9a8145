import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

// Astro's Vite setup, so tests can render .astro components with Astro's container API
// (tests/unit/bsl-video.test.ts).
export default getViteConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Explicit, so Playwright's *.spec.ts files are never picked up by vitest.
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.cache/results/vitest.json' }]],
  },
} as Parameters<typeof getViteConfig>[0]);
