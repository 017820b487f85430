import { z } from 'zod';
import { STATUSES } from '../status/statusTypes';
import { DUE_KINDS, emptyColumns, PlanRecord } from './record';
import { isoDate, RECORD_FORMAT } from './recordFormat';

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
  .object({
    format: z.literal(RECORD_FORMAT),
    version: z.literal(RECORD_VERSION_1),
    asOf: isoDate,
    sheets: z.array(z.string()),
    sections: z.array(z.string()),
    actions: z.array(entrySchema),
  })
  .superRefine((r, ctx) => {
    const bad = r.actions.findIndex((a) => a[0] >= r.sheets.length || (a[3] !== null && a[3] >= r.sections.length));
    if (bad >= 0) ctx.addIssue({ code: 'custom', message: `action ${bad + 1} names a sheet or section the record does not hold` });
  });

export type PlanRecordV1 = z.infer<typeof planRecordV1Schema>;

/** A version 1 record in today's shape: the same readings, a column each. */
export function fromVersion1(old: PlanRecordV1): PlanRecord {
  const c = emptyColumns();
  for (const a of old.actions) {
    c.sheet.push(a[0]);
    c.row.push(a[1]);
    c.ref.push(a[2]);
    c.section.push(a[3]);
    c.action.push(a[4]);
    c.dueKind.push(a[5]);
    c.dueStart.push(a[6]);
    c.dueEnd.push(a[7]);
    c.status.push(a[8]);
    c.ragGiven.push(a[9]);
    c.ragComputed.push(a[10]);
    c.updated.push(a[11]);
    c.progress.push(a[12]);
  }
  return { asOf: old.asOf, sheets: old.sheets, sections: old.sections, actions: c };
}
