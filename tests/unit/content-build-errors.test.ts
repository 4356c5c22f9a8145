/**
 * A content mistake must stop the build and tell the editor the file, the field and what was expected.
 * This runs Astro's own content sync on a copy of the project with one broken page.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'content-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs Astro's content sync on the copy; the error it fails with, or undefined if it succeeds. */
const syncError = () =>
  promisify(execFile)(join(root, 'node_modules/.bin/astro'), ['sync'], {
    cwd: work,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  }).then(
    () => undefined,
    (e: { stdout: string; stderr: string }) => e,
  );

test('a page with a bad date fails the build naming the file, the field and the expected form', async () => {
  for (const item of ['src', 'content', 'locales', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(work, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  writeFileSync(
    join(work, 'content/en/broken-page.mdx'),
    ['---', 'title: Broken', 'description: A page with a mistake.', 'audience: [survivors]', 'lastReviewed: soon', 'sources:', '  - title: A source', '    url: https://example.org/', '    checked: 2026-11-23', '---', '', 'Text.', ''].join('\n'),
  );
  const error = await syncError();
  expect(error, 'astro sync should fail on a broken page').toBeDefined();
  const output = `${error!.stdout}\n${error!.stderr}`;
  expect(output).toContain('en/broken-page');
  expect(output).toContain('lastReviewed');
  expect(output).toContain('must be a date written as YYYY-MM-DD');
}, 120_000);

test('a service record naming an unknown council or group fails the build naming the file and the field', async () => {
  // Runs on the copy made above, with the broken page taken away.
  rmSync(join(work, 'content/en/broken-page.mdx'), { force: true });
  const record = readFileSync(join(root, 'content/services/galop.yaml'), 'utf8')
    .replace(/^groups: .*$/m, 'groups: [lgbt]')
    .replace(/^area: .*$/m, 'area:\n  councils: [E09000099]');
  writeFileSync(join(work, 'content/services/galop.yaml'), record);
  const error = await syncError();
  expect(error, 'astro sync should fail on a broken service record').toBeDefined();
  const output = `${error!.stdout}\n${error!.stderr}`;
  expect(output).toContain('galop');
  expect(output).toContain('groups may only contain');
  expect(output).toContain('E09000001 to E09000033');
}, 120_000);
