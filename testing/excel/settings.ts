/** Office.context.document.settings: kept in the workbook model when saved. */
import type { WorkbookModel } from './model';

/** The part of Office.context.document.settings the host calls. */
export class DoubleSettings implements Pick<Office.Settings, 'get' | 'set' | 'remove'> {
  private live: Record<string, unknown>;
  constructor(private readonly model: () => WorkbookModel) {
    this.live = { ...model().settings };
  }
  get(name: string): any {
    return this.live[name] === undefined ? null : JSON.parse(JSON.stringify(this.live[name]));
  }
  set(name: string, value: any): void {
    this.live[name] = JSON.parse(JSON.stringify(value));
  }
  remove(name: string): void {
    delete this.live[name];
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
  saveAsync(options?: Office.SaveSettingsOptions, callback?: (result: Office.AsyncResult<void>) => void): void;
  saveAsync(a?: unknown, b?: unknown): void {
    const callback = (typeof a === 'function' ? a : b) as ((r: Office.AsyncResult<void>) => void) | undefined;
    this.model().settings = JSON.parse(JSON.stringify(this.live)) as Record<string, unknown>;
    setTimeout(() => callback?.({ status: 'succeeded', value: undefined } as unknown as Office.AsyncResult<void>), 0);
  }
}
