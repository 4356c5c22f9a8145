/** The MDX pages and service records, read from disk for the content tests and report. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../../content/', import.meta.url);

export interface ContentPage {
  file: string;
  /** Language folder: `en`, `ar`… */
  lang: string;
  /** Path below the language folder without `.mdx`, '' for index: `privacy`, `easy-read/council-help`. */
  slug: string;
  data: { title: string; audience: string[]; sources: unknown[]; lastReviewed: string | Date; easyReadOf?: string };
  body: string;
}

/** Every `.mdx` file below content/<lang>/, including subfolders such as easy-read/. */
export function languagePages(lang: string): ContentPage[] {
  let files: string[];
  try {
    files = readdirSync(new URL(`${lang}/`, root), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = `content/${lang}/${f}`;
      const text = readFileSync(new URL(`${lang}/${f}`, root), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const slug = f.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
      return { file, lang, slug, data: parse(match[1]!), body: match[2]! };
    });
}

export function englishPages(): ContentPage[] {
  return languagePages('en');
}

/** The language folders under content/ (every folder but services/). */
export function contentLanguages(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'services')
    .map((e) => e.name)
    .sort();
}

export function serviceIds(): string[] {
  return readdirSync(new URL('services/', root))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
}

export function serviceRecord(id: string): unknown {
  return parse(readFileSync(new URL(`services/${id}.yaml`, root), 'utf8'));
}
