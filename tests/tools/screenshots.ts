// `npm run screenshots`: the home page at 360 px in scripts a person should look at (Arabic, Bengali,
// Chinese, Tamil, Tigrinya), written to .cache/screenshots/. Run `npm run build` first. The pictures show
// the machine's own fonts: install Debian's fonts-noto-core and fonts-noto-cjk to see every script.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startNginx } from './nginx-server.ts';

const port = 4396;
const out = new URL('../../.cache/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const nginx = await startNginx(port);
const browser = await chromium.launch({
  ...(process.env['CHROMIUM_PATH'] === '' ? {} : { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' }),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const lang of ['ar', 'bn', 'zh-Hans', 'ta', 'ti']) {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/${lang}/`);
    const file = `${out}${lang}-home-360.png`;
    await page.screenshot({ path: file, fullPage: true });
    process.stdout.write(`${file}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  nginx.kill('SIGTERM');
}
