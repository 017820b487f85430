/** The base of every proxy of the Excel double (Office.js's ClientObject): loaded values and the load / sync discipline. */
import { OP_OVERHEAD, jsonSize, type DoubleBatch } from './batch';
import { notLoaded } from './errors';

/** A method with Excel's own parameter list, returning one of the double's objects. */
export type Nav<F, R> = F extends (...args: infer A) => unknown ? (...args: A) => R : never;

export abstract class DoubleClientObject {
  protected loaded = new Map<string, unknown>();
  protected syncedOnce = false;
  constructor(readonly ctx: DoubleBatch) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Queue a load of the named properties; their snapshot is taken when the sync runs. */
  protected queueLoad(names: string[], snapshot: (name: string) => unknown, where: string): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(names),
      where,
      run: () => {
        let bytes = 0;
        for (const n of names) {
          const v = snapshot(n);
          this.loaded.set(n, v);
          bytes += n.length + jsonSize(v) + 4;
        }
        return bytes;
      },
    });
  }
}

/** load()'s property names, as a list. */
export function splitNames(propertyNames?: string | string[]): string[] {
  if (propertyNames === undefined) return [];
  const list = Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}
