import { z } from 'zod';
import { READINGS, STATUSES } from '../status/statusTypes';
import { issueSchema } from '../issues/issueSchema';
import { dueSchema, isoDate } from '../dates/dueSchema';
import { CHANGE_KINDS } from './changeKinds';
import { isCountRecord } from '../keyed';

/** The command line's JSON document, version 1 (PRODUCT §8). A contract: tests outside the project read it. */
// an issue and a due are defined beside their rules (core/issues, core/dates) and composed here
export { issueSchema } from '../issues/issueSchema';
export { dueSchema } from '../dates/dueSchema';

export const actionSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  ref: z.string().nullable(),
  parentRef: z.string().nullable(),
  section: z.string().nullable(),
  action: z.string(),
  owner: z.string().nullable(),
  due: dueSchema,
  progress: z.string(),
  status: z.enum(STATUSES),
  /** Why this status: the rule and the words or dates that decided it. */
  statusReason: z.string().min(1),
  /** What the latest update says (§5.1a): the reading, its decisive words, the entry's date (YYYY-MM or YYYY-MM-DD). */
  reading: z.object({ says: z.enum(READINGS), words: z.string().nullable(), entry: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable() }),
  rag: z.object({ given: z.string().nullable(), computed: z.string().nullable() }),
  issues: z.array(issueSchema),
});

export const summarySchema = z.object({
  actions: z.number().int().nonnegative(),
  // z.record would copy the counts into a plain object, where a label "__proto__" is lost
  byStatus: z.custom<Record<string, number>>(isCountRecord, 'counts of whole numbers'),
  byRag: z.custom<Record<string, number>>(isCountRecord, 'counts of whole numbers'),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  infos: z.number().int().nonnegative(),
});

export { CHANGE_KINDS } from './changeKinds';
export type { ChangeKind } from './changeKinds';

/** What one check read of an action, as kept in the record (PRODUCT §7a). */
export const readingSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  ref: z.string().nullable(),
  due: z.object({ kind: dueSchema.shape.kind, start: isoDate.nullable(), end: isoDate.nullable() }),
  status: z.enum(STATUSES),
  rag: z.object({ given: z.string().nullable(), computed: z.string().nullable() }),
  /** The date of the latest dated progress entry, where the progress is a dated log. */
  updated: isoDate.nullable(),
});

export const changeSchema = z.object({
  change: z.enum(CHANGE_KINDS),
  /** Where the action is now (for `dropped`, where it was). */
  sheet: z.string(),
  row: z.number().int().positive(),
  ref: z.string().nullable(),
  section: z.string().nullable(),
  action: z.string(),
  before: readingSchema.nullable(),
  after: readingSchema.nullable(),
  /** `slipped` / `brought-forward`: how many days the due end moved. */
  days: z.number().int().positive().optional(),
});

export const changesSchema = z.object({
  /** The reporting date of the check compared with. */
  since: isoDate,
  /** What was compared with: "record" (the workbook's own record of its last check) or the earlier file's name. */
  from: z.string(),
  counts: z.record(z.enum(CHANGE_KINDS), z.number().int().nonnegative()),
  items: z.array(changeSchema),
});

export const reportSchema = z.object({
  version: z.literal(1),
  file: z.string(),
  title: z.string().nullable().optional(),
  asOf: isoDate,
  planPeriod: z.object({ label: z.string(), start: isoDate, end: isoDate, source: z.string().optional() }),
  nextPeriod: z.object({ label: z.string(), start: isoDate, end: isoDate }).optional(),
  scheme: z.object({
    name: z.string(),
    source: z.enum(['setting', 'workbook-key', 'default']),
    labels: z.array(z.object({ label: z.string(), colour: z.string(), statuses: z.array(z.string()) })).optional(),
  }),
  toleranceDays: z.number().optional(),
  actions: z.array(actionSchema),
  issues: z.array(issueSchema),
  summary: summarySchema,
  /** What changed since the last check (PRODUCT §7a), where there is one to compare with. */
  changes: changesSchema.optional(),
  error: z.string().optional(),
});

export type { Issue } from '../issues/issueSchema';
export type { Due } from '../dates/dueSchema';
export type ActionReport = z.infer<typeof actionSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Reading = z.infer<typeof readingSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Changes = z.infer<typeof changesSchema>;
