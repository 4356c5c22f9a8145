/**
 * A content mistake must stop the build and tell the editor the file, the field and what was expected.
 * This runs Astro's own content sync on a copy of the project with one broken page.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const works: string[] = [];
afterAll(() => works.forEach((work) => rmSync(work, { recursive: true, force: true })));

/** `astro sync` on a copy of the project with the given files added; the output when it fails. */
async function syncFails(files: Record<string, string>): Promise<string | undefined> {
  const work = mkdtempSync(join(tmpdir(), 'content-errors-'));
  works.push(work);
  for (const item of ['src', 'content', 'locales', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(work, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  const run = promisify(execFile)(join(root, 'node_modules/.bin/astro'), ['sync'], {
    cwd: work,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return run.then(
    () => undefined,
    (e: { stdout: string; stderr: string }) => `${e.stdout}\n${e.stderr}`,
  );
}

const frontmatter = (extra: string[]) =>
  ['---', 'title: Broken', 'description: A page with a mistake.', 'audience: [survivors]', ...extra, 'sources:', '  - title: A source', '    url: https://example.org/', '    checked: 2026-11-23', '---', '', 'Text.', ''].join('\n');

test('a page with a bad date fails the build naming the file, the field and the expected form', async () => {
  const output = await syncFails({ 'content/en/broken-page.mdx': frontmatter(['lastReviewed: soon']) });
  expect(output, 'astro sync should fail on a broken page').toBeDefined();
  expect(output).toContain('en/broken-page');
  expect(output).toContain('lastReviewed');
  expect(output).toContain('must be a date written as YYYY-MM-DD');
}, 120_000);

test('a BSL video whose captions file is missing fails the build naming the page and the file', async () => {
  const bsl = [
    'lastReviewed: 2026-11-23',
    'bsl:',
    '  video: { webm: /bsl/broken-page.webm }',
    '  captions: /bsl/broken-page.vtt',
    '  poster: /bsl/broken-page.jpg',
    '  translator: A Translator (NRCPD 123), checked by B Checker (NRCPD 456)',
    '  recordedOn: 2026-11-20',
  ];
  const output = await syncFails({
    'content/en/broken-page.mdx': frontmatter(bsl),
    // The video and poster are there; only the captions are missing.
    'public/bsl/broken-page.webm': 'not really a video',
    'public/bsl/broken-page.jpg': 'not really an image',
  });
  expect(output, 'astro sync should fail when a named BSL file is missing').toBeDefined();
  expect(output).toContain('en/broken-page');
  expect(output).toContain('bsl.captions: the file public/bsl/broken-page.vtt does not exist');
  expect(output).not.toContain('public/bsl/broken-page.webm does not exist');
}, 120_000);

test('a BSL video without a translator credit fails the build', async () => {
  const bsl = [
    'lastReviewed: 2026-11-23',
    'bsl:',
    '  video: { mp4: /bsl/broken-page.mp4 }',
    '  captions: /bsl/broken-page.vtt',
    '  poster: /bsl/broken-page.png',
    '  recordedOn: 2026-11-20',
  ];
  const output = await syncFails({
    'content/en/broken-page.mdx': frontmatter(bsl),
    'public/bsl/broken-page.mp4': 'x',
    'public/bsl/broken-page.vtt': 'WEBVTT\n',
    'public/bsl/broken-page.png': 'x',
  });
  expect(output, 'astro sync should fail without a translator credit').toBeDefined();
  expect(output).toContain('en/broken-page');
  expect(output).toContain('bsl.translator is required');
}, 120_000);

test('a service record naming an unknown council or group fails the build naming the file and the field', async () => {
  const record = readFileSync(join(root, 'content/services/galop.yaml'), 'utf8')
    .replace(/^groups: .*$/m, 'groups: [lgbt]')
    .replace(/^area: .*$/m, 'area:\n  councils: [E09000099]');
  const output = await syncFails({ 'content/services/galop.yaml': record });
  expect(output, 'astro sync should fail on a broken service record').toBeDefined();
  expect(output).toContain('galop');
  expect(output).toContain('groups may only contain');
  expect(output).toContain('E09000001 to E09000033');
}, 120_000);
