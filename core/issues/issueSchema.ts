import { z } from 'zod';
import { ISSUE_CODES, SEVERITIES } from './catalogue';

/** One issue as the JSON report carries it (PRODUCT §6, §8): field names and codes are a contract. */
export const issueSchema = z.object({
  code: z.enum(ISSUE_CODES),
  severity: z.enum(SEVERITIES),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  ref: z.string().nullable(),
  message: z.string().min(1),
  /** What the message was made from, by the names its template gives them ("{due}" → args.due). */
  args: z.record(z.string(), z.union([z.string(), z.number()])),
});

export type Issue = z.infer<typeof issueSchema>;
