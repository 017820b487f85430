/** The change kinds of PRODUCT §7a, in the order they are listed and counted (no zod here: the check loads this on every run). */
export const CHANGE_KINDS = [
  'completed', 'slipped', 'brought-forward', 'worse', 'better', 'carried', 'updated', 'not-updated', 'rag-changed', 'new', 'dropped',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
