import { z } from 'zod';
import { isoDate } from '../dates/dueSchema';
import { STATUSES, type Status } from '../status/statusTypes';
import { ActionColumns, DUE_KINDS, DueKind, PlanRecord } from './record';

/**
 * The record as PlanCheck stores it (version 2), JSON in its hidden record sheet: one array per
 * reading, and the short values that repeat from action to action (due kinds, dates, statuses,
 * RAG labels) kept once each in `values`, their columns holding positions in it. A plan of
 * 50 000 actions then parses into a dozen arrays of mostly small numbers, and validates as such.
 *
 * Version 1 (core/changes/recordV1) is still read. A later PlanCheck that changes the shape
 * raises RECORD_VERSION; an earlier one meeting it ignores the record with a message rather
 * than misreading it.
 */
export const RECORD_FORMAT = 'plancheck-record';
export const RECORD_VERSION = 2;

/** What every version of the stored record begins with. */
export const RECORD_HEAD = { format: z.literal(RECORD_FORMAT), asOf: isoDate, sheets: z.array(z.string()), sections: z.array(z.string()) };

/** The columns that hold positions in `values`, and what each value they name must be. */
const CODED = {
  dueKind: z.enum(DUE_KINDS),
  dueStart: isoDate,
  dueEnd: isoDate,
  status: z.enum(STATUSES),
  ragGiven: z.string(),
  ragComputed: z.string(),
  updated: isoDate,
} as const;
type Coded = keyof typeof CODED;
const CODED_COLUMNS = Object.keys(CODED) as Coded[];

const isIndex = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 0;
const isIndexOrNull = (x: unknown): boolean => x === null || isIndex(x);
const isRow = (x: unknown): boolean => Number.isInteger(x) && (x as number) > 0;
const isString = (x: unknown): boolean => typeof x === 'string';
const isStringOrNull = (x: unknown): boolean => x === null || typeof x === 'string';

/**
 * One column of the record: an array whose every element `is` what it must be, checked in one
 * loop. A record of 50 000 actions holds a dozen such arrays; zod parsing each element on its
 * own took most of the time a comparison adds to a check.
 */
function column<T>(name: string, what: string, is: (x: unknown) => boolean) {
  return z.custom<T[]>((v) => Array.isArray(v) && v.every(is), { message: `its ${name} column holds something other than ${what}` });
}

const storedColumnsSchema = z.object({
  sheet: column<number>('sheet', 'positions', isIndex),
  row: column<number>('row', 'row numbers', isRow),
  ref: column<string | null>('ref', 'texts', isStringOrNull),
  section: column<number | null>('section', 'positions', isIndexOrNull),
  action: column<string>('action', 'texts', isString),
  dueKind: column<number>('dueKind', 'positions', isIndex),
  dueStart: column<number | null>('dueStart', 'positions', isIndexOrNull),
  dueEnd: column<number | null>('dueEnd', 'positions', isIndexOrNull),
  status: column<number>('status', 'positions', isIndex),
  ragGiven: column<number | null>('ragGiven', 'positions', isIndexOrNull),
  ragComputed: column<number | null>('ragComputed', 'positions', isIndexOrNull),
  updated: column<number | null>('updated', 'positions', isIndexOrNull),
  progress: column<string | null>('progress', 'texts', isStringOrNull),
});

type StoredColumns = z.infer<typeof storedColumnsSchema>;

/** The stored record, checked, and read into a PlanRecord. */
export const storedRecordSchema = z
  .object({
    ...RECORD_HEAD,
    version: z.literal(RECORD_VERSION),
    values: z.array(z.string()),
    actions: storedColumnsSchema,
  })
  .superRefine((r, ctx) => {
    const problem = columnsProblem(r.actions, r.sheets.length, r.sections.length, r.values);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((r): PlanRecord => {
    const { dueKind, dueStart, dueEnd, status, ragGiven, ragComputed, updated, ...plain } = r.actions;
    const v = r.values;
    const actions: ActionColumns = {
      ...plain,
      dueKind: decoded<DueKind>(dueKind, v),
      dueStart: decoded<string | null>(dueStart, v),
      dueEnd: decoded<string | null>(dueEnd, v),
      status: decoded<Status>(status, v),
      ragGiven: decoded<string | null>(ragGiven, v),
      ragComputed: decoded<string | null>(ragComputed, v),
      updated: decoded<string | null>(updated, v),
    };
    return { asOf: r.asOf, sheets: r.sheets, sections: r.sections, actions };
  });

export type StoredRecord = z.input<typeof storedRecordSchema>;

/** What is wrong with stored columns that each hold the right kind of value, if anything. */
function columnsProblem(c: StoredColumns, sheets: number, sections: number, values: string[]): string | null {
  const count = c.sheet.length;
  const uneven = Object.entries(c).find(([, column]) => column.length !== count);
  if (uneven) return `its ${uneven[0]} column holds ${uneven[1].length} actions, not ${count}`;
  const bad = c.sheet.findIndex((s, i) => s >= sheets || (c.section[i] ?? -1) >= sections);
  if (bad >= 0) return `action ${bad + 1} names a sheet or section the record does not hold`;
  for (const column of CODED_COLUMNS) {
    // each value is checked once, however many actions name it
    const checked = new Uint8Array(values.length);
    for (let i = 0; i < count; i++) {
      const at = c[column][i]!;
      if (at === null || checked[at]) continue;
      if (at >= values.length) return `action ${i + 1} names a value the record does not hold`;
      if (!CODED[column].safeParse(values[at]).success) return `action ${i + 1} has "${values[at]}" as its ${column}`;
      checked[at] = 1;
    }
  }
  return null;
}

/** The values a coded column names (checked already to be of its kind). */
function decoded<T extends string | null>(column: (number | null)[], values: string[]): T[] {
  return column.map((at) => (at === null ? null : values[at]!)) as T[];
}

/** A record in the stored shape. */
export function storedRecord(record: PlanRecord): StoredRecord {
  const values: string[] = [];
  const positions = new Map<string, number>();
  const position = (value: string) => {
    let at = positions.get(value);
    if (at === undefined) positions.set(value, (at = values.push(value) - 1));
    return at;
  };
  const coded = (column: string[]) => column.map(position);
  const codedOrNull = (column: (string | null)[]) => column.map((value) => (value === null ? null : position(value)));
  const { dueKind, dueStart, dueEnd, status, ragGiven, ragComputed, updated, ...plain } = record.actions;
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    asOf: record.asOf,
    sheets: record.sheets,
    sections: record.sections,
    values,
    actions: {
      ...plain,
      dueKind: coded(dueKind),
      dueStart: codedOrNull(dueStart),
      dueEnd: codedOrNull(dueEnd),
      status: coded(status),
      ragGiven: codedOrNull(ragGiven),
      ragComputed: codedOrNull(ragComputed),
      updated: codedOrNull(updated),
    },
  };
}
