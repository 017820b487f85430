/**
 * HtmlService double: templates from the project's HTML files. Printing scriptlets
 * `<?= name ?>` print a template property HTML-escaped (as HtmlService's contextual escaping
 * does in text and attribute context). Force-printing `<?!= ?>` and code scriptlets `<? ?>`
 * are refused outright: PlanCheck's sidebar must not use them.
 */
import type { CallLog } from './calls';
import type { Faked } from './typing';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}

export class FakeHtmlOutput implements Faked<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth'> {
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

  setTitle(title: string): FakeHtmlOutput {
    this.log.hit('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }

  getTitle(): string {
    this.log.hit('HtmlOutput.getTitle');
    return this.title;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.log.hit('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }

  getWidth(): number {
    this.log.hit('HtmlOutput.getWidth');
    return this.width;
  }
}

export class FakeHtmlTemplate implements Faked<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent'> {
  [propName: string]: unknown;

  constructor(
    private readonly log: CallLog,
    private readonly raw: string,
  ) {}

  getRawContent(): string {
    this.log.hit('HtmlTemplate.getRawContent');
    return this.raw;
  }

  evaluate(): FakeHtmlOutput {
    this.log.hit('HtmlTemplate.evaluate');
    const out = this.raw.replace(/<\?(!?=?)([\s\S]*?)\?>/g, (_m, kind: string, expr: string) => {
      if (kind !== '=') throw new Error(`HtmlTemplate double: only <?= ?> is allowed, found <?${kind}${expr}?>`);
      const name = expr.trim();
      if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new Error(`HtmlTemplate double: print a template property, not "${name}"`);
      const v = (this as Record<string, unknown>)[name];
      if (v === undefined) throw new Error(`ReferenceError: "${name}" is not defined.`);
      return escapeHtml(String(v));
    });
    return new FakeHtmlOutput(this.log, out);
  }
}

export class FakeHtmlService implements Faked<GoogleAppsScript.HTML.HtmlService, 'createTemplateFromFile' | 'createHtmlOutput'> {
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' } as unknown as typeof GoogleAppsScript.HTML.SandboxMode;

  constructor(
    private readonly log: CallLog,
    /** Project HTML files by name without '.html' (as Apps Script names them). */
    private readonly files: Record<string, string>,
  ) {}

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    this.log.hit('HtmlService.createTemplateFromFile');
    const raw = this.files[filename.replace(/\.html$/, '')];
    if (raw === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlTemplate(this.log, raw);
  }

  createHtmlOutput(html?: string): FakeHtmlOutput {
    this.log.hit('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.log, typeof html === 'string' ? html : '');
  }
}
