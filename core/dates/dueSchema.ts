import { z } from 'zod';

/** A day as YYYY-MM-DD, as every date in the JSON report is written. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** An action's due as the JSON report carries it (PRODUCT §8): the text as typed and the interval read. */
export const dueSchema = z.object({
  text: z.string(),
  kind: z.enum(['date', 'range', 'ongoing', 'none']),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
});

export type Due = z.infer<typeof dueSchema>;
