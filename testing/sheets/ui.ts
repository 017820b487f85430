/** Ui (SpreadsheetApp.getUi()) and its add-on menu. */
import type { CallLog } from './calls';
import type { DoubleHtmlOutput } from './htmlService';

/** The members of Google's Ui this double mirrors (checked against Google's types in typing.ts). */
export type UiMembers = 'createAddonMenu' | 'showSidebar';

export class DoubleUi {
  readonly menus: DoubleMenu[] = [];
  sidebar: DoubleHtmlOutput | null = null;

  constructor(private readonly log: CallLog) {}

  createAddonMenu(): DoubleMenu {
    this.log.hit('Ui.createAddonMenu');
    return new DoubleMenu(this.log, this);
  }

  showSidebar(userInterface: DoubleHtmlOutput): void {
    this.log.hit('Ui.showSidebar');
    this.sidebar = userInterface;
  }
}

/** The members of Google's Menu this double mirrors (checked against Google's types in typing.ts). */
export type MenuMembers = 'addItem' | 'addSeparator' | 'addToUi';

export class DoubleMenu {
  readonly items: ({ caption: string; functionName: string } | 'separator')[] = [];
  added = false;

  constructor(
    private readonly log: CallLog,
    private readonly ui: DoubleUi,
  ) {}

  addItem(caption: string, functionName: string): DoubleMenu {
    this.log.hit('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): DoubleMenu {
    this.log.hit('Menu.addSeparator');
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.log.hit('Menu.addToUi');
    this.added = true;
    this.ui.menus.push(this);
  }
}
