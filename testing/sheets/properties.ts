/** PropertiesService and the document properties (strings only). */
import type { CallLog } from './calls';

/** The members of Google's Properties this double mirrors (checked against Google's types in typing.ts). */
export type PropertiesMembers = 'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'getKeys';

export class DoubleProperties {
  readonly store = new Map<string, string>();

  constructor(private readonly log: CallLog) {}

  getProperty(key: string): string | null {
    this.log.hit('Properties.getProperty');
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): DoubleProperties {
    this.log.hit('Properties.setProperty');
    if (typeof value !== 'string') throw new Error('Properties only hold strings.');
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(key, value);
    return this;
  }

  deleteProperty(key: string): DoubleProperties {
    this.log.hit('Properties.deleteProperty');
    this.store.delete(key);
    return this;
  }

  getProperties(): { [key: string]: string } {
    this.log.hit('Properties.getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.log.hit('Properties.getKeys');
    return [...this.store.keys()];
  }
}

/** The members of Google's PropertiesService this double mirrors (checked against Google's types in typing.ts). */
export type PropertiesServiceMembers = 'getDocumentProperties';

export class DoublePropertiesService {
  readonly document: DoubleProperties;

  constructor(private readonly log: CallLog) {
    this.document = new DoubleProperties(log);
  }

  getDocumentProperties(): DoubleProperties {
    this.log.hit('PropertiesService.getDocumentProperties');
    return this.document;
  }
}
