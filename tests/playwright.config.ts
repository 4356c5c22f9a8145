import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** `astro preview` of dist/. E2E_PORT and E2E_NGINX_PORT move both servers, to run two checkouts at once. */
export const port = Number(process.env.E2E_PORT ?? 4399);
/** nginx serving dist/ with deploy/nginx/site.conf, as a production host would. */
export const nginxPort = Number(process.env.E2E_NGINX_PORT ?? 4398);

// Debian's chromium by default (browsers cannot be downloaded on these machines). Set CHROMIUM_PATH to
// another binary, or to an empty string to use Playwright's own browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  outputDir: `${root}/.cache/test-results`,
  reporter: [['list'], ['json', { outputFile: `${root}/.cache/results/playwright.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      // Keep Chromium's config and cache inside the project, not the home folder.
      env: {
        ...process.env,
        XDG_CONFIG_HOME: `${root}/.cache/chromium/config`,
        XDG_CACHE_HOME: `${root}/.cache/chromium/cache`,
      },
    },
  },
  projects: [
    { name: 'preview', use: { browserName: 'chromium' }, testIgnore: /(host-headers|privacy-nginx)\.spec\.ts/ },
    // The privacy crawl and the quick exit again, through the real server configuration.
    {
      name: 'nginx',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${nginxPort}` },
      testMatch: /(privacy-nginx|quick-exit|host-headers)\.spec\.ts/,
    },
  ],
  webServer: [
    {
      // --ignore-lock: run beside a preview a developer may already have open (`npm start`).
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      cwd: root,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: false,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `node tests/tools/nginx-server.ts ${nginxPort}`,
      cwd: root,
      url: `http://127.0.0.1:${nginxPort}/en/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
