// `npm run bench`: builds the site and prints what a reader's phone has to download, per page type,
// and how fast the build is. Figures are printed, never asserted (timings vary from machine to machine).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function timed(label, command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${label} failed`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const astroSeconds = timed('astro build', 'astro', ['build']);
const pagefindSeconds = timed('pagefind', 'pagefind', ['--site', 'dist']);
const precompressSeconds = timed('precompress', 'node', ['src/build/precompress.ts', 'dist']);

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`));

const size = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });
const asset = (href) => readFileSync(join(dist, href));

function pageType(file) {
  const path = '/' + relative(dist, file).split(sep).join('/');
  if (path === '/index.html') return 'root redirect';
  if (path.endsWith('404.html')) return '404';
  if (/^\/[A-Za-z-]+\/index\.html$/.test(path)) return 'language home';
  return 'content page';
}

const rows = new Map();
for (const file of pages) {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => asset(m[1]));
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => asset(m[1]));
  const sum = (buffers) => buffers.reduce((a, b) => ({ raw: a.raw + size(b).raw, gzip: a.gzip + size(b).gzip }), { raw: 0, gzip: 0 });
  const row = { html: size(html), css: sum(css), js: sum(js) };
  const type = pageType(file);
  if (!rows.has(type)) rows.set(type, []);
  rows.get(type).push(row);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const average = (list, pick) => list.reduce((a, r) => a + pick(r), 0) / list.length;
const max = (list, pick) => Math.max(...list.map(pick));

console.log('\nPer page type (KiB, average over pages; max in brackets)');
console.log('type             pages   HTML raw  HTML gz   CSS raw   CSS gz    JS raw    JS gz   total gz (max)');
for (const [type, list] of [...rows].sort()) {
  const total = (r) => r.html.gzip + r.css.gzip + r.js.gzip;
  console.log(
    type.padEnd(16),
    String(list.length).padStart(5),
    ...[
      (r) => r.html.raw,
      (r) => r.html.gzip,
      (r) => r.css.raw,
      (r) => r.css.gzip,
      (r) => r.js.raw,
      (r) => r.js.gzip,
    ].map((pick) => ` ${kb(average(list, pick))}`),
    ` ${kb(average(list, total))} (${kb(max(list, total)).trim()})`,
  );
}

const allJs = walk(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
const jsTotal = allJs.reduce((a, f) => a + statSync(f).size, 0);
const pagefindBytes = walk(join(dist, 'pagefind')).reduce((a, f) => a + statSync(f).size, 0);
console.log(`\nJavaScript a page loads: at most ${kb(max([...rows.values()].flat(), (r) => r.js.raw)).trim()} KiB raw, ${kb(max([...rows.values()].flat(), (r) => r.js.gzip)).trim()} KiB gzip (site total ${(jsTotal / 1024).toFixed(1)} KiB in ${allJs.length} file(s))`);
console.log(`Build: precompress ${precompressSeconds.toFixed(2)} s; astro ${astroSeconds.toFixed(2)} s for ${pages.length} pages (${(pages.length / astroSeconds).toFixed(1)} pages/s), pagefind ${pagefindSeconds.toFixed(2)} s, index ${(pagefindBytes / 1024).toFixed(1)} KiB`);

// Search (issue #8): each language's index on disk, and what Pagefind's own scripts weigh.
const pagefindDir = join(dist, 'pagefind');
const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
const pagefindFiles = walk(pagefindDir).filter((f) => !/\.(gz|br)$/.test(f));
console.log('\nSearch index per language (index and fragment files are gzip inside already; KiB)');
console.log('language  pages   meta  index  fragments  wasm   total');
for (const [lang, info] of Object.entries(entry.languages).sort()) {
  const sum = (test) => pagefindFiles.filter((f) => test(relative(pagefindDir, f).split(sep).join('/'))).reduce((a, f) => a + statSync(f).size, 0);
  const meta = sum((p) => p === `pagefind.${info.hash}.pf_meta`);
  const index = sum((p) => p.startsWith(`index/${lang}_`));
  const fragments = sum((p) => p.startsWith(`fragment/${lang}_`));
  const wasm = sum((p) => p === `wasm.${info.wasm ?? 'unknown'}.pagefind`);
  console.log(
    lang.padEnd(9),
    String(info.page_count).padStart(5),
    ...[meta, index, fragments, wasm, meta + index + fragments + wasm].map((n, i) => kb(n).padStart(i === 2 ? 10 : 6)),
  );
}
for (const name of ['pagefind.js', 'pagefind-worker.js']) {
  const file = readFileSync(join(pagefindDir, name));
  console.log(`${name.padEnd(20)} ${kb(size(file).raw).trim()} KiB raw, ${kb(size(file).gzip).trim()} KiB gzip (loaded on the first search only)`);
}

// A bounded load check against nginx on loopback: the real server configuration, precompressed files.
const nginxPort = 4397;
const { startNginx } = await import('./nginx-server.ts');
const nginx = await startNginx(nginxPort);
try {
  const chunk = walk(join(dist, 'pagefind', 'index')).find((f) => f.endsWith('.pf_index'));
  const targets = [
    ['page /en/ (brotli)', '/en/', { 'accept-encoding': 'br' }],
    ['search index chunk', '/' + relative(dist, chunk).split(sep).join('/'), {}],
  ];
  console.log('\nnginx on loopback, 10 connections, 20,000 requests each');
  for (const [label, path, headers] of targets) {
    const result = await autocannon({ url: `http://127.0.0.1:${nginxPort}${path}`, connections: 10, amount: 20000, headers });
    console.log(`${label.padEnd(22)} ${String(Math.round(result.requests.average)).padStart(7)} req/s   p99 ${result.latency.p99} ms   errors ${result.errors + result.non2xx}`);
  }

  await firstSearch(`http://127.0.0.1:${nginxPort}`);
} finally {
  nginx.kill('SIGTERM');
}

/**
 * A reader's first search in a fresh browser (nothing cached), through nginx: bytes fetched from the
 * moment they press Enter (Pagefind's scripts, WebAssembly, index and excerpts, as sent over the wire),
 * and the time until the first result is on screen.
 */
async function firstSearch(base) {
  const { chromium } = await import('@playwright/test');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const searches = [
    ['en', 'refuge'],
    ['pl', 'schronisko'],
    ['ar', 'بأمان'],
    ['bn', 'বাসস্থান'],
    ['zh-Hans', '庇护所'],
  ];
  console.log('\nFirst search in a fresh browser through nginx (bytes over the wire after pressing Enter)');
  console.log('language  query            requests    KiB   ms to first result');
  try {
    for (const [lang, query] of searches) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/${lang}/search/`);
      await page.waitForLoadState('networkidle');
      const responses = [];
      page.on('response', (r) => responses.push(r));
      const box = page.getByRole('search').getByRole('searchbox');
      await box.fill(query);
      const start = performance.now();
      await box.press('Enter');
      await page.locator('[data-search-list] li').first().waitFor();
      const ms = performance.now() - start;
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      for (const r of responses) {
        const sizes = await r.request().sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }
      console.log(lang.padEnd(9), query.padEnd(16), String(responses.length).padStart(8), kb(bytes), String(Math.round(ms)).padStart(8));
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
