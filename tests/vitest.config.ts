import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Explicit, so Playwright's *.spec.ts files are never picked up by vitest.
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.cache/results/vitest.json' }]],
  },
});
