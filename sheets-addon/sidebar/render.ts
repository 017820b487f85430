/**
 * Builds the sidebar's result view from the pane model. Cell text (messages, refs, sheet
 * names) only ever goes into textContent, never into HTML; colours are used only when they
 * are '#RRGGBB'.
 */
import type { SidebarPane } from '../host/session';

export type SelectCell = (sheet: string, cell: string) => void;

const HEX = /^#[0-9A-Fa-f]{6}$/;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderPane(doc: Document, pane: SidebarPane, select: SelectCell): HTMLElement {
  const root = el(doc, 'div', 'pane');

  const head = el(doc, 'div', 'summary');
  head.appendChild(el(doc, 'h2', 'title', pane.title));
  const facts = el(doc, 'dl', 'facts');
  const fact = (k: string, v: string) => {
    facts.appendChild(el(doc, 'dt', undefined, k));
    facts.appendChild(el(doc, 'dd', undefined, v));
  };
  fact('Plan period', pane.period);
  fact('Reporting date', pane.asOf);
  fact('RAG scheme', pane.scheme);
  fact('Actions', String(pane.actions));
  fact('Carry over', String(pane.carryOver));
  head.appendChild(facts);
  root.appendChild(head);

  const counts = el(doc, 'ul', 'counts');
  counts.setAttribute('aria-label', 'Actions per RAG label');
  for (const c of pane.counts) {
    const li = el(doc, 'li', 'count');
    const chip = el(doc, 'span', 'chip', c.label);
    if (HEX.test(c.colour)) chip.style.backgroundColor = c.colour;
    if (HEX.test(c.textColour)) chip.style.color = c.textColour;
    li.appendChild(chip);
    li.appendChild(el(doc, 'span', 'n', String(c.count)));
    counts.appendChild(li);
  }
  root.appendChild(counts);

  if (pane.looksComplete.length) {
    // not marked Complete, but the latest update reads as done: staff can mark them
    const section = el(doc, 'section', 'looks-complete');
    section.appendChild(el(doc, 'h3', undefined, `Looks complete (${pane.looksCompleteTotal})`));
    section.appendChild(el(doc, 'p', 'hint', 'The latest update reads as done but does not say Complete. If an action is finished, write Complete in its progress so the RAG counts it.'));
    const list = el(doc, 'ul');
    for (const item of pane.looksComplete) {
      const li = el(doc, 'li', 'looks');
      li.appendChild(whereLink(doc, item, select));
      li.appendChild(el(doc, 'div', 'message', item.action));
      li.appendChild(el(doc, 'div', 'words', `“${item.words}”`));
      list.appendChild(li);
    }
    section.appendChild(list);
    const more = pane.looksCompleteTotal - pane.looksComplete.length;
    if (more > 0) section.appendChild(el(doc, 'p', 'more', `… and ${more} more in the RAG summary sheet.`));
    root.appendChild(section);
  }

  if (!pane.groups.length) root.appendChild(el(doc, 'p', 'none', 'No issues found.'));
  for (const g of pane.groups) {
    const section = el(doc, 'section', `issues ${g.severity}`);
    section.appendChild(el(doc, 'h3', undefined, `${g.heading} (${g.total})`));
    const list = el(doc, 'ul');
    for (const issue of g.issues) {
      const li = el(doc, 'li', 'issue');
      li.appendChild(whereLink(doc, issue, select));
      li.appendChild(el(doc, 'span', 'code', issue.code));
      li.appendChild(el(doc, 'div', 'message', issue.message));
      list.appendChild(li);
    }
    section.appendChild(list);
    if (g.more > 0) section.appendChild(el(doc, 'p', 'more', `… and ${g.more} more in the Plan issues sheet.`));
    root.appendChild(section);
  }
  return root;
}

/** Where an item is: a link that selects its cell, or plain text where it has none. */
function whereLink(doc: Document, item: { where: string; sheet: string | null; cell: string | null }, select: SelectCell): HTMLElement {
  const where = item.where || item.sheet || 'Workbook';
  if (!item.sheet || !item.cell) return el(doc, 'span', 'where', where);
  const a = el(doc, 'a', 'where', where);
  a.href = '#';
  a.setAttribute('role', 'button');
  a.title = `Go to ${item.sheet}!${item.cell}`;
  const sheet = item.sheet;
  const cell = item.cell;
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    select(sheet, cell);
  });
  return a;
}
