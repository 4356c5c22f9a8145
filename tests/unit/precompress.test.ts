import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { precompress } from '../../src/build/precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('text files get gzip and brotli copies that decompress to the original; index chunks are left alone', () => {
  const html = '<!doctype html><p>' + 'Help is available. '.repeat(200) + '</p>';
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, 'pagefind'));
  writeFileSync(join(dir, 'en/index.html'), html);
  writeFileSync(join(dir, 'pagefind/pagefind.js'), 'export const x = 1;\n'.repeat(100));
  writeFileSync(join(dir, 'pagefind/en_1.pf_fragment'), Buffer.from([1, 2, 3]));
  writeFileSync(join(dir, 'tiny.txt'), 'a');

  const totals = precompress(dir);

  expect(gunzipSync(readFileSync(join(dir, 'en/index.html.gz'))).toString()).toBe(html);
  expect(brotliDecompressSync(readFileSync(join(dir, 'en/index.html.br'))).toString()).toBe(html);
  expect(readFileSync(join(dir, 'en/index.html.br')).length).toBeLessThan(html.length / 10);
  expect(existsSync(join(dir, 'pagefind/pagefind.js.br'))).toBe(true);
  expect(existsSync(join(dir, 'pagefind/en_1.pf_fragment.gz'))).toBe(false);
  // A copy larger than the file would cost readers more: none is written.
  expect(existsSync(join(dir, 'tiny.txt.gz'))).toBe(false);
  expect(totals.files).toBe(3);
});
