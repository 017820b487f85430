/**
 * The `Office` and `Excel` globals backed by the double, for Jest (node) and for the
 * browser test (bundled and served in place of office.js).
 */
import type { WorkbookModel } from './model';
import { DoubleStats } from './stats';
import { createExcelGlobal } from './excelNamespace';
import { DoubleSettings } from './settings';

export interface OfficeDouble {
  Office: unknown;
  Excel: ReturnType<typeof createExcelGlobal>;
  stats: DoubleStats;
  model: () => WorkbookModel;
  setModel: (m: WorkbookModel) => void;
}

export function createOfficeDouble(initial: WorkbookModel, options: { unsupported?: string[] } = {}): OfficeDouble {
  let model = initial;
  const stats = new DoubleStats();
  const get = (): WorkbookModel => model;
  const isSetSupported = (name: string, version?: string): boolean =>
    !(options.unsupported ?? []).includes(`${name} ${version ?? ''}`.trim()) && name === 'ExcelApi';
  let settings = new DoubleSettings(get);
  const document = {
    get url() {
      return model.url;
    },
    get settings() {
      return settings;
    },
  };
  const Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      document,
      requirements: {
        isSetSupported,
      },
      displayLanguage: 'en-GB',
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
  };
  return {
    Office,
    Excel: createExcelGlobal(get, stats, { supports: (v) => isSetSupported('ExcelApi', v) }),
    stats,
    model: get,
    setModel: (m) => {
      model = m;
      settings = new DoubleSettings(get);
    },
  };
}

/** Installs the double as the globals `Office` and `Excel` (Jest). */
export function installOfficeDouble(model: WorkbookModel, options: { unsupported?: string[] } = {}): OfficeDouble {
  const d = createOfficeDouble(model, options);
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = d.Office;
  g.Excel = d.Excel;
  return d;
}

export function uninstallOfficeDouble(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
}
