/**
 * Progress polling for a run under way: one getProgress call in flight at a time, the next
 * asked ~3 s after the last answered (a self-rescheduling timeout). A fixed 1.5 s interval
 * piles up Apps Script executions while the server is slow, each one counted against quotas.
 */
export const POLL_MS = 3000;

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/** Starts polling; returns the function that stops it. */
export function pollProgress(ask: () => Promise<string>, show: (text: string) => void, timers: Timers, ms = POLL_MS): () => void {
  let stopped = false;
  let timer: number | null = null;
  const next = (): void => {
    timer = timers.setTimeout(() => {
      timer = null;
      ask()
        .then((text) => {
          if (!stopped && text) show(text);
        })
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) next();
        });
    }, ms);
  };
  next();
  return () => {
    stopped = true;
    if (timer !== null) timers.clearTimeout(timer);
  };
}
