/** The English MDX pages and service records, read from disk for the content tests and report. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../../content/', import.meta.url);

export interface ContentPage {
  file: string;
  slug: string;
  data: { title: string; audience: string[]; sources: unknown[]; lastReviewed: string | Date };
  body: string;
}

export function englishPages(): ContentPage[] {
  return readdirSync(new URL('en/', root))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(new URL(`en/${f}`, root), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/en/${f}: no frontmatter`);
      return { file: `content/en/${f}`, slug: f.replace(/\.mdx$/, '').replace(/^index$/, ''), data: parse(match[1]!), body: match[2]! };
    });
}

export function serviceIds(): string[] {
  return readdirSync(new URL('services/', root))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
}

export function serviceRecord(id: string): unknown {
  return parse(readFileSync(new URL(`services/${id}.yaml`, root), 'utf8'));
}
