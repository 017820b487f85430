import type { Issue } from './issueSchema';
import { CATALOGUE, IssueArgs, IssueCode, severityOf, templateFields } from './catalogue';
import { lineWithin } from '../text/cleanText';

/** Every issue message is one line of at most this many characters, whatever the plan holds. */
export const MAX_MESSAGE = 400;
/** A piece of the plan's own text quoted in a message (a sheet name, a due text) is kept to this. */
const MAX_QUOTED = 100;

/** Where an issue is: the sheet, the cell (A1) and the action's ref. */
export interface IssuePlace {
  sheet: string | null;
  cell: string | null;
  ref?: string | null;
}

/** The arguments after the place: optional where the code's message can do without any. */
export type IssueArgsParam<C extends IssueCode> = Partial<IssueArgs<C>> extends IssueArgs<C> ? [args?: IssueArgs<C>] : [args: IssueArgs<C>];

/**
 * An issue of a code at a place, its message filled from its arguments (a missing one is a type
 * error); the arguments, as quoted, travel with it.
 */
export function makeIssue<C extends IssueCode>(code: C, where: IssuePlace, ...[args]: IssueArgsParam<C>): Issue {
  // the keys are the catalogue's field names, never the plan's text
  const bounded: Record<string, string | number> = {};
  for (const [k, v] of Object.entries((args ?? {}) as Record<string, string | number | undefined>)) {
    if (v !== undefined) bounded[k] = typeof v === 'string' ? lineWithin(v, MAX_QUOTED) : v;
  }
  const message = lineWithin(fillTemplate(code, bounded), MAX_MESSAGE);
  return { code, severity: severityOf(code), sheet: where.sheet, cell: where.cell, ref: where.ref ?? null, message, args: bounded };
}

/** The code's first template whose fields are all given, filled in. */
function fillTemplate(code: IssueCode, args: Record<string, string | number>): string {
  const templates: readonly string[] = CATALOGUE[code].message;
  const template = templates.find((t) => templateFields(t).every((f) => Object.prototype.hasOwnProperty.call(args, f)));
  // unreachable where the types are kept: a template's fields are what makeIssue demands
  if (template === undefined) throw new Error(`issue ${code} made without the fields of its message`);
  return template.replace(/\{(\w+)\}/g, (_, field: string) => String(args[field]));
}
