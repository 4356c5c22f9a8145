// `npm run i18n:report`: the translation report for every registered language, from the files on disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { languages } from '../../src/i18n/languages.ts';
import { i18nReport, renderReportTable, type ReportInput } from '../../src/lib/i18n-report.ts';
import { text as optionTexts } from '../../src/lib/options/text.en.ts';
import { sourceHash as hash } from '../../src/lib/translation.ts';

const root = new URL('../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

function pages(lang: string): { slug: string; front: Record<string, unknown>; body: string }[] {
  const dir = new URL(`content/${lang}/`, root);
  if (!existsSync(dir)) return [];
  // Subfolders too (easy-read/), as the site's own translation status page counts them.
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(new URL(f, dir), 'utf8')) ?? [];
      return { slug: f.replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''), front: parse(front) ?? {}, body };
    });
}

export function reportInput(): ReportInput {
  return {
    englishUiKeys: Object.keys(json('locales/en/ui.json')),
    englishPages: Object.fromEntries(pages('en').map((p) => [p.slug, p.body])),
    languages: languages
      .filter((l) => l.code !== 'en')
      .map((l) => ({
        code: l.code,
        englishName: l.englishName,
        uiKeys: existsSync(new URL(`locales/${l.code}/ui.json`, root)) ? Object.keys(json(`locales/${l.code}/ui.json`)) : [],
        uiStatus: existsSync(new URL(`locales/${l.code}/meta.json`, root)) ? json(`locales/${l.code}/meta.json`).status : 'missing',
        pages: pages(l.code).map((p) => {
          const t = (p.front['translation'] ?? {}) as { status?: 'machine' | 'reviewed'; sourceHash?: string };
          return { slug: p.slug, status: t.status ?? 'machine', sourceHash: t.sourceHash ?? '' };
        }),
      })),
  };
}

/** One row a language: how many of the checker's texts are translated from the current English. */
function optionsReport(): string[] {
  const rows = ['| language | status | current | out of date | missing |', '|---|---|---:|---:|---:|'];
  for (const l of languages.filter((x) => x.code !== 'en')) {
    const path = new URL(`content/options/text/${l.code}.yaml`, root);
    const file = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { translation: { status: string }; texts: Record<string, { sourceHash: string }> }) : undefined;
    let current = 0;
    let outdated = 0;
    for (const [key, wording] of Object.entries(optionTexts)) {
      const t = file?.texts[key];
      if (!t) continue;
      if (t.sourceHash === hash(wording.survivor)) current++;
      else outdated++;
    }
    const total = Object.keys(optionTexts).length;
    rows.push(`| ${l.englishName} (${l.code}) | ${file?.translation.status ?? 'none'} | ${current}/${total} | ${outdated} | ${total - current - outdated} |`);
  }
  return rows;
}


if (import.meta.url === `file://${process.argv[1]}`) {
  const input = reportInput();
  process.stdout.write(`${renderReportTable(i18nReport(input))}\n`);
  process.stdout.write(`\n"What are my options?" texts (content/options/text/<lang>.yaml; plain-language wording only):\n\n`);
  process.stdout.write(optionsReport().join('\n') + '\n');
  process.stdout.write(`\nEnglish page hashes (for translation.sourceHash):\n`);
  const { sourceHash } = await import('../../src/lib/translation.ts');
  for (const [slug, body] of Object.entries(input.englishPages)) process.stdout.write(`  ${slug || 'index'}: ${sourceHash(body)}\n`);
}
