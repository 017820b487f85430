/**
 * HtmlService double: templates from the project's HTML files. Printing scriptlets
 * `<?= name ?>` print a template property HTML-escaped (as HtmlService's contextual escaping
 * does in text and attribute context). Force-printing `<?!= ?>` and code scriptlets `<? ?>`
 * are refused outright: PlanCheck's sidebar must not use them.
 */
import type { CallLog } from './calls';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}

/** The members of Google's HtmlOutput this double mirrors (checked against Google's types in typing.ts). */
export type HtmlOutputMembers = 'getContent' | 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth';

export class DoubleHtmlOutput {
  private title = '';
  private width = 300;

  constructor(
    private readonly log: CallLog,
    private readonly content: string,
  ) {}

  getContent(): string {
    this.log.hit('HtmlOutput.getContent');
    return this.content;
  }

  setTitle(title: string): DoubleHtmlOutput {
    this.log.hit('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }

  getTitle(): string {
    this.log.hit('HtmlOutput.getTitle');
    return this.title;
  }

  setWidth(width: number): DoubleHtmlOutput {
    this.log.hit('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }

  getWidth(): number {
    this.log.hit('HtmlOutput.getWidth');
    return this.width;
  }
}

/** The members of Google's HtmlTemplate this double mirrors (checked against Google's types in typing.ts). */
export type HtmlTemplateMembers = 'evaluate' | 'getRawContent';

export class DoubleHtmlTemplate {
  [propName: string]: unknown;

  constructor(
    private readonly log: CallLog,
    private readonly raw: string,
  ) {}

  getRawContent(): string {
    this.log.hit('HtmlTemplate.getRawContent');
    return this.raw;
  }

  evaluate(): DoubleHtmlOutput {
    this.log.hit('HtmlTemplate.evaluate');
    const out = this.raw.replace(/<\?(!?=?)([\s\S]*?)\?>/g, (_m, kind: string, expr: string) => {
      if (kind !== '=') throw new Error(`HtmlTemplate double: only <?= ?> is allowed, found <?${kind}${expr}?>`);
      const name = expr.trim();
      if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new Error(`HtmlTemplate double: print a template property, not "${name}"`);
      const v = (this as Record<string, unknown>)[name];
      if (v === undefined) throw new Error(`ReferenceError: "${name}" is not defined.`);
      return escapeHtml(String(v));
    });
    return new DoubleHtmlOutput(this.log, out);
  }
}

/** The members of Google's HtmlService this double mirrors (checked against Google's types in typing.ts). */
export type HtmlServiceMembers = 'createTemplateFromFile' | 'createHtmlOutput';

export class DoubleHtmlService {
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' } as unknown as typeof GoogleAppsScript.HTML.SandboxMode;

  constructor(
    private readonly log: CallLog,
    /** Project HTML files by name without '.html' (as Apps Script names them). */
    private readonly files: Record<string, string>,
  ) {}

  createTemplateFromFile(filename: string): DoubleHtmlTemplate {
    this.log.hit('HtmlService.createTemplateFromFile');
    const raw = this.files[filename.replace(/\.html$/, '')];
    if (raw === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new DoubleHtmlTemplate(this.log, raw);
  }

  createHtmlOutput(html?: string): DoubleHtmlOutput {
    this.log.hit('HtmlService.createHtmlOutput');
    return new DoubleHtmlOutput(this.log, typeof html === 'string' ? html : '');
  }
}
