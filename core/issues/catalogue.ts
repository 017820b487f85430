/**
 * The issue catalogue (PRODUCT §6): every code PlanCheck reports, its severity and its
 * message. Codes are a contract; messages say what is wrong and what to do about it.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ISSUE_CODES = [
  'no-plan-table',
  'missing-column',
  'missing-action',
  'missing-owner',
  'missing-due-date',
  'unparsed-due-date',
  'no-fixed-due-date',
  'multiple-due-dates',
  'due-outside-plan-period',
  'invalid-rag',
  'rag-mismatch',
  'duplicate-ref',
  'missing-progress',
  'stale-progress',
  'cell-error',
  'not-calculated',
  'looks-complete',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * A message template names its fields in braces ("Ref {ref} is already used …"): the arguments
 * an issue of that code must be given. A code with more than one template uses the first whose
 * fields are all given (most specific first), so a variant is chosen by what is known.
 */
interface Entry {
  severity: Severity;
  /** One line for the docs: when the code is raised. */
  when: string;
  message: readonly [string, ...string[]];
}

export const CATALOGUE = {
  'no-plan-table': {
    severity: 'error',
    when: 'a sheet asked for holds no recognisable action table',
    message: [
      'No action table found in sheet "{sheet}". PlanCheck looks for a header row naming at least an action (or objective) column and a due date, lead or progress column; add such a header above the actions.',
    ],
  },
  'missing-column': {
    severity: 'warning',
    when: 'the table has no column for the owner, the due date or the progress',
    message: ['The table headed at row {row} has no {column} column, so {consequence}. Add a column headed "{suggestion}" if the plan should track it.'],
  },
  'missing-action': {
    severity: 'error',
    when: 'a row has a lead/date/progress but no action, and none above to belong to',
    message: [
      'This row has a lead, date or progress but no action, and no action above it to belong to. Write the action in this row, or move the row under the action it belongs to.',
    ],
  },
  'missing-owner': {
    severity: 'error',
    when: 'no lead / who responsible',
    message: [
      'No lead is named for this action yet ("{placeholder}"). Add the person or group responsible.',
      'No lead is named for this action. Add the person or group responsible.',
    ],
  },
  'missing-due-date': {
    severity: 'error',
    when: 'no due text at all',
    message: ['No due date is given. Add a completion date (a month such as "March 2019" is enough).'],
  },
  'unparsed-due-date': {
    severity: 'error',
    when: 'due text with no readable date (TBC)',
    message: ['The due date "{text}" has no date PlanCheck can read. Replace it with a date or month such as "March 2019", or "Ongoing".'],
  },
  'no-fixed-due-date': {
    severity: 'info',
    when: 'ongoing / as required',
    message: ['"{text}" sets no end date, so the action is counted as on track while it has no completion. Give an end date if it should be chased.'],
  },
  'multiple-due-dates': {
    severity: 'info',
    when: 'several dates in one due cell; the latest is used',
    message: ['The due cell holds several dates ("{text}"); PlanCheck uses the latest, {used}. Keep only the current due date if the others are out of date.'],
  },
  'due-outside-plan-period': {
    severity: 'warning',
    when: "due after the period's end (so it carries over) or before its start",
    message: [
      "Due {due}, after the plan period ends ({periodEnd}), so the action carries over to the next plan. Confirm the date or move it to next year's plan.",
      'Due {due}, before the plan period starts ({periodStart}). Check the date, or whether the action belongs to an earlier plan.',
    ],
  },
  'invalid-rag': {
    severity: 'error',
    when: 'a RAG cell whose text is not a label of the scheme',
    message: ['"{text}" is not a RAG label of the {scheme} scheme. Use one of: {labels}.'],
  },
  'rag-mismatch': {
    severity: 'warning',
    when: 'given RAG differs from the computed one',
    message: [
      'The RAG given is {given} but the dates and progress make it {computed} ({status}). Check the progress and the date, then correct the colour (or use Apply RAG).',
    ],
  },
  'duplicate-ref': {
    severity: 'warning',
    when: 'an action whose ref an earlier action in the same table already has',
    message: ['Ref {ref} is already used by the action at {first}. Give this action its own ref.'],
  },
  'missing-progress': {
    severity: 'warning',
    when: 'the table has a progress column, the action is late and its progress is empty',
    message: ['This action was due {due} and is late, but no progress is recorded. Ask {owner} for an update.'],
  },
  'stale-progress': {
    severity: 'warning',
    when: 'the latest dated update is older than the staleness limit (default 92 days)',
    message: ['The latest progress update is dated {updated}, more than {days} days before the reporting date. Ask {owner} for a fresh update.'],
  },
  'cell-error': {
    severity: 'error',
    when: 'a cell holds a spreadsheet error (#REF!, #N/A, #VALUE! …)',
    message: ['The {column} cell shows the spreadsheet error {error}, so it cannot be read. Fix the formula or type the value in.'],
  },
  'not-calculated': {
    severity: 'error',
    when: 'a formula cell saved without its result (by a program that does not calculate)',
    message: [
      'The {column} cell is not calculated: open and save in Excel, then run PlanCheck again (the program that saved the file kept the formula but not its result).',
    ],
  },
  'looks-complete': {
    severity: 'info',
    when: 'not complete by §5.1, but the latest update reads as done (§5.1a): quote the words, say how to mark it',
    message: [
      "The latest update ({date}) says '{words}'. If the action is complete, write Complete in its progress so the RAG counts it.",
      "The latest update says '{words}'. If the action is complete, write Complete in its progress so the RAG counts it.",
    ],
  },
} as const satisfies Record<IssueCode, Entry>;

/** The fields a template names: "Ref {ref} … at {first}." → "ref" | "first". */
type FieldsOf<T extends string> = T extends `${string}{${infer F}}${infer Rest}` ? F | FieldsOf<Rest> : never;
type ArgsOf<T> = T extends string ? { readonly [K in FieldsOf<T>]: string | number } : never;

/** What an issue of this code must be given: the fields of one of its message templates. */
export type IssueArgs<C extends IssueCode> = ArgsOf<(typeof CATALOGUE)[C]['message'][number]>;

/** A template cut at its fields: the literal pieces around them (one more than the fields) and the fields, in order. */
export function templatePieces(template: string): { pieces: string[]; fields: string[] } {
  const parts = template.split(/\{(\w+)\}/); // literal, field, literal, …
  return { pieces: parts.filter((_, i) => i % 2 === 0), fields: parts.filter((_, i) => i % 2 === 1) };
}

/** The fields a template names, in order ("{due}" → "due"), for rendering and for tests. */
export function templateFields(template: string): string[] {
  return templatePieces(template).fields;
}

export function severityOf(code: IssueCode): Severity {
  return CATALOGUE[code].severity;
}
