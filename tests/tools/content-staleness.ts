/**
 * `npm run content:report`: the sources of service records, council records and pages whose "checked"
 * date is more than six months old, so editors know what to verify again. Prints to the terminal
 * (it depends on today's date, so it is not a committed file). Exits 0 either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { staleSources, sixMonthsBefore, type Checked } from '../../src/lib/staleness.ts';
import { englishPages } from './content-pages.ts';

const root = new URL('../../', import.meta.url);
const fromYaml = (folder: string): Checked[] =>
  readdirSync(new URL(folder, root))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const data = parse(readFileSync(new URL(`${folder}${f}`, root), 'utf8')) as { sources?: { title: string; url: string; checked: string }[] };
      return (data.sources ?? []).map((s) => ({ file: `${folder}${f}`, title: s.title, url: s.url, checked: new Date(s.checked) }));
    });

const items: Checked[] = [
  ...fromYaml('content/services/'),
  ...fromYaml('content/councils/'),
  ...englishPages().flatMap((p) =>
    (p.data.sources as { title: string; url: string; checked: Date | string }[]).map((s) => ({ file: p.file, title: s.title, url: s.url, checked: new Date(s.checked) })),
  ),
];
const today = new Date();
const stale = staleSources(items, today);
const day = (d: Date) => d.toISOString().slice(0, 10);
console.log(`Sources checked before ${day(sixMonthsBefore(today))} (six months ago): ${stale.length} of ${items.length}`);
for (const s of stale) console.log(`${day(s.checked)}  ${s.file}  ${s.title}  ${s.url}`);
