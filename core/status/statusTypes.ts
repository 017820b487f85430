/** The canonical statuses every action gets (PRODUCT §5). */
export const STATUSES = ['complete', 'carried-over', 'on-track', 'at-risk', 'off-track', 'not-assessed'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses a RAG scheme must give a label (not-assessed has none). */
export const RATED_STATUSES = ['complete', 'carried-over', 'on-track', 'at-risk', 'off-track'] as const;
