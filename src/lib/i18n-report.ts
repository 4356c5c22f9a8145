/**
 * The translation report: per language, how much of the interface and which pages are translated,
 * out of date and reviewed. Printed by `npm run i18n:report` and shown to editors at
 * /en/translation-status/.
 */
import { sourceHash } from './translation.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/** A UI key without its plural suffix: `quickExit.pressMore_few` → `quickExit.pressMore`. */
export const baseKey = (key: string): string => key.replace(pluralSuffix, '');

export interface ReportInput {
  englishUiKeys: string[];
  /** English page bodies by slug. */
  englishPages: Record<string, string>;
  languages: {
    code: string;
    englishName: string;
    uiKeys: string[];
    uiStatus: string;
    pages: { slug: string; status: 'machine' | 'reviewed'; sourceHash: string }[];
  }[];
}

export interface ReportRow {
  code: string;
  name: string;
  ui: string;
  uiStatus: string;
  translated: number;
  total: number;
  outdated: string[];
  reviewed: number;
}

export function i18nReport(input: ReportInput): ReportRow[] {
  const english = new Set(input.englishUiKeys.map(baseKey));
  const total = Object.keys(input.englishPages).length;
  return input.languages.map((l) => {
    const own = new Set(l.uiKeys.map(baseKey));
    const covered = [...english].filter((k) => own.has(k)).length;
    return {
      code: l.code,
      name: l.englishName,
      ui: `${covered}/${english.size}`,
      uiStatus: l.uiStatus,
      translated: l.pages.length,
      total,
      outdated: l.pages
        .filter((p) => p.slug in input.englishPages && p.sourceHash !== sourceHash(input.englishPages[p.slug]!))
        .map((p) => p.slug || 'index'),
      reviewed: l.pages.filter((p) => p.status === 'reviewed').length,
    };
  });
}

export function renderReportTable(rows: ReportRow[]): string {
  return [
    '| language | code | interface strings | interface made by | pages translated | out of date | reviewed |',
    '|---|---|---:|---|---:|---|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.code} | ${r.ui} | ${r.uiStatus} | ${r.translated}/${r.total} | ${r.outdated.length ? r.outdated.join(', ') : 'none'} | ${r.reviewed} |`,
    ),
  ].join('\n');
}
