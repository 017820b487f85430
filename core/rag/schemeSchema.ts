import { z } from 'zod';
import { RATED_STATUSES, STATUSES } from '../status/statusTypes';

const hexColour = z
  .string()
  .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour written as #RRGGBB, e.g. "#00B050"');

export const ragLabelSchema = z.object({
  label: z.string().trim().min(1, 'needs a name, e.g. "Green"').max(40, 'is too long (40 characters at most)'),
  colour: hexColour,
  statuses: z.array(z.enum(STATUSES)).min(1, 'must name at least one status'),
});

/** A RAG scheme: the labels a board uses, each with its fill colour and the statuses it stands for. */
export const ragSchemeSchema = z
  .object({
    name: z.string().trim().min(1, 'needs a name').max(60),
    labels: z.array(ragLabelSchema).min(1, 'must list at least one label'),
  })
  .superRefine((scheme, ctx) => {
    const seen = new Map<string, string>();
    scheme.labels.forEach((l, i) => {
      for (const s of l.statuses) {
        const before = seen.get(s);
        if (before) {
          ctx.addIssue({
            code: 'custom',
            path: ['labels', i, 'statuses'],
            message: `status "${s}" is already given to label "${before}"; give each status one label`,
          });
        } else seen.set(s, l.label);
      }
    });
    const names = new Set<string>();
    scheme.labels.forEach((l, i) => {
      const k = l.label.toLowerCase();
      if (names.has(k)) ctx.addIssue({ code: 'custom', path: ['labels', i, 'label'], message: `label "${l.label}" appears twice` });
      names.add(k);
    });
    for (const s of RATED_STATUSES) {
      if (!seen.has(s)) {
        ctx.addIssue({ code: 'custom', path: ['labels'], message: `no label stands for status "${s}": add it to one label's "statuses"` });
      }
    }
  });

export type RagLabel = z.output<typeof ragLabelSchema>;
export type RagScheme = z.output<typeof ragSchemeSchema>;
