/**
 * Writes a gzip (.gz) and a brotli (.br) copy next to every text file in dist/ (HTML, CSS, JS, JSON,
 * SVG, XML, text, and Pagefind's JavaScript), so a host serves them without compressing on every
 * request (nginx: gzip_static and brotli_static). Uses Node's own zlib at maximum compression.
 * Pagefind's index chunks are already compressed by Pagefind and are left as they are.
 * Run after Pagefind: `node src/build/precompress.ts dist` (npm run build does).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const compressibleExtensions = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.vtt'];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Compresses every matching file under `dir`; returns how many files and bytes before and after. */
export function precompress(dir: string): { files: number; raw: number; gzip: number; brotli: number } {
  const totals = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const path of files(dir)) {
    if (!compressibleExtensions.includes(extname(path))) continue;
    const raw = readFileSync(path);
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    // A copy bigger than the original would only cost the reader more bytes.
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    totals.files += 1;
    totals.raw += raw.length;
    totals.gzip += Math.min(gz.length, raw.length);
    totals.brotli += Math.min(br.length, raw.length);
  }
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const t = precompress(dir);
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  process.stdout.write(`precompressed ${t.files} files in ${dir}: ${kib(t.raw)} → gzip ${kib(t.gzip)}, brotli ${kib(t.brotli)}\n`);
}
