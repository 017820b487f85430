import { z } from 'zod';
import { STATUSES } from '../status/statusTypes';
import { ActionColumns, DUE_KINDS, PlanRecord } from './record';
import { isoDate } from '../dates/dueSchema';
import { RECORD_HEAD } from './recordFormat';

/**
 * Version 1 of the record (PlanCheck before the record kept columns): one array per action,
 * [sheet index, row, ref, section index, first words, due kind, due start, due end, status,
 * given RAG, computed RAG, latest update date, progress fingerprint]. Still read, so the first
 * check after an update compares with the last check before it.
 */
export const RECORD_VERSION_1 = 1;

const entrySchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().positive(),
  z.string().nullable(),
  z.number().int().nonnegative().nullable(),
  z.string(),
  z.enum(DUE_KINDS),
  isoDate.nullable(),
  isoDate.nullable(),
  z.enum(STATUSES),
  z.string().nullable(),
  z.string().nullable(),
  isoDate.nullable(),
  z.string().nullable(),
]);

export const planRecordV1Schema = z
  .object({ ...RECORD_HEAD, version: z.literal(RECORD_VERSION_1), actions: z.array(entrySchema) })
  .superRefine((r, ctx) => {
    const bad = r.actions.findIndex((a) => a[0] >= r.sheets.length || (a[3] !== null && a[3] >= r.sections.length));
    if (bad >= 0) ctx.addIssue({ code: 'custom', message: `action ${bad + 1} names a sheet or section the record does not hold` });
  });

export type PlanRecordV1 = z.infer<typeof planRecordV1Schema>;

/** A version 1 record in today's shape: the same readings, a column each. */
export function fromVersion1(old: PlanRecordV1): PlanRecord {
  const column = <K extends number>(k: K) => old.actions.map((a) => a[k]);
  const actions: ActionColumns = {
    sheet: column(0), row: column(1), ref: column(2), section: column(3), action: column(4),
    dueKind: column(5), dueStart: column(6), dueEnd: column(7), status: column(8),
    ragGiven: column(9), ragComputed: column(10), updated: column(11), progress: column(12),
  };
  return { asOf: old.asOf, sheets: old.sheets, sections: old.sections, actions };
}
