import type { Settings } from '../settings/settings';
import type { PlanSheet } from '../plan/readPlanSheet';
import type { RagScheme } from '../rag/schemeSchema';
import { findPeriodLabel, periodContaining, periodFromLabel, PlanPeriod } from '../dates/planPeriod';
import { BUILT_IN_SCHEMES, FIVE } from '../rag/builtInSchemes';
import { schemeFromKey } from '../rag/ragKey';
import { PlanCheckError } from '../errors';

export type PeriodSource = 'setting' | 'title' | 'sheet-name' | 'file-name' | 'reporting-date';

/** The plan period: the user's setting; the first "20xx-yy" in a title block, sheet name or file name; else the year holding the reporting date. */
export function findPlanPeriod(
  settings: Settings,
  asOf: string,
  sheets: PlanSheet[],
  fileName: string | undefined,
): PlanPeriod & { source: PeriodSource } {
  const month = settings.yearStartMonth;
  if (settings.planPeriod) {
    const p = periodFromLabel(settings.planPeriod, month);
    if (!p) throw new PlanCheckError(`plan period "${settings.planPeriod}" is not a period PlanCheck can read: write it like 2018-19, 2019/2021 or 2015-18`);
    return { ...p, source: 'setting' };
  }
  const tries: [PeriodSource, string][] = [
    ...sheets.flatMap((s) => s.titleRows.map((t): [PeriodSource, string] => ['title', t])),
    ...sheets.map((s): [PeriodSource, string] => ['sheet-name', s.sheet]),
    ['file-name', (fileName ?? '').replace(/\.[a-z0-9]+$/i, '')],
  ];
  for (const [source, text] of tries) {
    const label = findPeriodLabel(text);
    const p = label ? periodFromLabel(label, month) : null;
    if (p) return { ...p, source };
  }
  return { ...periodContaining(asOf, month), source: 'reporting-date' };
}

export type SchemeSource = 'setting' | 'workbook-key' | 'default';

/** The RAG scheme: the user's setting; the key written in the workbook, read by meaning; else five. */
export function findScheme(settings: Settings, sheets: PlanSheet[]): { scheme: RagScheme; source: SchemeSource } {
  const s = settings.scheme;
  if (s) return { scheme: typeof s === 'string' ? BUILT_IN_SCHEMES[s] : s, source: 'setting' };
  for (const sheet of sheets) {
    if (!sheet.keyPairs.length) continue;
    const fromKey = schemeFromKey(sheet.keyPairs);
    if (fromKey) return { scheme: fromKey, source: 'workbook-key' };
  }
  return { scheme: FIVE, source: 'default' };
}
