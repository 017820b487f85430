/** RichTextValue and its builder (SpreadsheetApp.newRichTextValue()): text with a link. */
import type { CallLog } from './calls';

/** The members of Google's RichTextValue this double mirrors (checked against Google's types in typing.ts). */
export type RichTextMembers = 'getText' | 'getLinkUrl';

export class DoubleRichText {
  constructor(
    private readonly log: CallLog,
    readonly text: string,
    readonly link: string | null,
  ) {}

  getText(): string {
    this.log.hit('RichTextValue.getText');
    return this.text;
  }

  getLinkUrl(): string | null {
    this.log.hit('RichTextValue.getLinkUrl');
    return this.link;
  }
}

/** The members of Google's RichTextValueBuilder this double mirrors (checked against Google's types in typing.ts). */
export type RichTextBuilderMembers = 'setText' | 'setLinkUrl' | 'build';

export class DoubleRichTextBuilder {
  private text = '';
  private link: string | null = null;

  constructor(private readonly log: CallLog) {}

  setText(text: string): DoubleRichTextBuilder {
    this.log.hit('RichTextValueBuilder.setText');
    this.text = String(text);
    return this;
  }

  setLinkUrl(a: number | string | null, b?: number, c?: string | null): DoubleRichTextBuilder {
    this.log.hit('RichTextValueBuilder.setLinkUrl');
    if (typeof a === 'number') {
      void b;
      this.link = c ?? null;
    } else this.link = a;
    return this;
  }

  build(): DoubleRichText {
    this.log.hit('RichTextValueBuilder.build');
    return new DoubleRichText(this.log, this.text, this.link);
  }
}
