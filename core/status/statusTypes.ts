/** The canonical statuses every action gets (PRODUCT §5). */
export const STATUSES = ['complete', 'carried-over', 'on-track', 'at-risk', 'off-track', 'not-assessed'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses a RAG scheme must give a label (not-assessed has none). */
export const RATED_STATUSES = ['complete', 'carried-over', 'on-track', 'at-risk', 'off-track'] as const;
/** What the latest progress update says (PRODUCT §5.1a). */
export const READINGS = ['done', 'not-done', 'carried', 'no-update'] as const;
export type Says = (typeof READINGS)[number];
/** Whether only the stated words make an action complete (§5.1), or the reading too (§5.1a). */
export const COMPLETIONS = ['stated', 'read'] as const;
export type Completion = (typeof COMPLETIONS)[number];
