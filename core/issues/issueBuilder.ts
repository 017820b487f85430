import type { Issue } from './issueSchema';
import { CATALOGUE, IssueArgs, IssueCode, severityOf, templatePieces } from './catalogue';
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

// each template cut at its fields once (catalogue's templatePieces), not once per issue
const compiled = new Map<string, { pieces: readonly string[]; fields: readonly string[] }>();

function compile(template: string): { pieces: readonly string[]; fields: readonly string[] } {
  let c = compiled.get(template);
  if (!c) compiled.set(template, (c = templatePieces(template)));
  return c;
}

/** The code's first template whose fields are all given, filled in (a hot path: an issue per action on a big plan). */
function fillTemplate(code: IssueCode, args: Record<string, string | number>): string {
  for (const template of CATALOGUE[code].message as readonly string[]) {
    const { fields, pieces } = compile(template);
    if (!fields.every((f) => Object.prototype.hasOwnProperty.call(args, f))) continue;
    let text = pieces[0]!;
    for (let i = 0; i < fields.length; i++) text += String(args[fields[i]!]) + pieces[i + 1]!;
    return text;
  }
  // unreachable where the types are kept: a template's fields are what makeIssue demands
  throw new Error(`issue ${code} made without the fields of its message`);
}
