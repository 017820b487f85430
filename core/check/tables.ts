import { defineCheck } from './check';

/** No action table: in the sheet asked for, or, where none was asked for, in any sheet of the workbook. */
export const tableChecks = defineCheck({
  codes: ['no-plan-table'],
  workbook: ({ only, staffSheets, planSheets, tableless }, raise) => {
    if (only) return tableless.map((s) => raise('no-plan-table', { sheet: s.name, cell: null }, { sheet: s.name }));
    if (planSheets.length) return [];
    const first = staffSheets[0];
    return [raise('no-plan-table', { sheet: first?.name ?? null, cell: null }, { sheet: first?.name ?? '(no sheets)' })];
  },
});
