/** ClientResult: a value a method returns, readable after the sync that fetched it. */
import { notLoaded } from './errors';

export class DoubleClientResult<T> {
  private v: T | undefined;
  private done = false;
  set(v: T): void {
    this.v = v;
    this.done = true;
  }
  get value(): T {
    if (!this.done) throw notLoaded('value');
    return this.v as T;
  }
}
