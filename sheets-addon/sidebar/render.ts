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
  if (pane.since) root.appendChild(renderSince(doc, pane.since, select));

  if (pane.looksComplete.length) {
    // not marked Complete, but the latest update reads as done: staff can mark them
    const section = el(doc, 'section', 'looks-complete');
    section.appendChild(el(doc, 'h3', undefined, `Looks complete (${pane.looksCompleteTotal})`));
    section.appendChild(el(doc, 'p', 'hint', 'The latest update reads as done but does not say Complete. If an action is finished, write Complete in its progress so the RAG counts it.'));
    const list = el(doc, 'ul');
    for (const item of pane.looksComplete) {
      const li = el(doc, 'li', 'looks');
      li.appendChild(whereLink(doc, item.where || item.sheet || 'Workbook', item.sheet, item.cell, select));
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
      li.appendChild(whereLink(doc, issue.where || issue.sheet || 'Workbook', issue.sheet, issue.cell, select));
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

/** "Since last check": the counts per change, then each change, linked to its row where it still is. */
function renderSince(doc: Document, since: NonNullable<SidebarPane['since']>, select: SelectCell): HTMLElement {
  const section = el(doc, 'section', 'since');
  section.appendChild(el(doc, 'h3', undefined, since.heading));
  section.appendChild(el(doc, 'p', since.items.length ? 'line' : 'none', since.line));
  if (!since.items.length) return section;
  const list = el(doc, 'ul');
  for (const item of since.items) {
    const li = el(doc, 'li', 'issue');
    li.appendChild(el(doc, 'span', 'code', item.label));
    li.appendChild(whereLink(doc, [item.ref, item.where].filter(Boolean).join(' · '), item.sheet, item.cell, select));
    li.appendChild(el(doc, 'div', 'message', [item.action, item.detail].filter(Boolean).join(' — ')));
    list.appendChild(li);
  }
  section.appendChild(list);
  if (since.more > 0) section.appendChild(el(doc, 'p', 'more', `… and ${since.more} more in the Changes sheet.`));
  return section;
}

/** Where something is: a link that selects the cell where there is one, else plain text. */
function whereLink(doc: Document, where: string, sheet: string | null, cell: string | null, select: SelectCell): HTMLElement {
  if (!sheet || !cell) return el(doc, 'span', 'where', where);
  const a = el(doc, 'a', 'where', where);
  a.href = '#';
  a.setAttribute('role', 'button');
  a.title = `Go to ${sheet}!${cell}`;
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    select(sheet, cell);
  });
  return a;
}
