/**
 * Renders the core's PaneModel into the task pane. Every piece of text from the workbook
 * or the core goes in through textContent, never innerHTML: cell text is shown as text.
 */
import type { PaneIssue, PaneLooksComplete, PaneModel, SinceItem } from '../../core/index';
import { LOOKS_COMPLETE_HEADING } from '../../core/index';

/** The most issues listed per severity; the Plan issues sheet holds them all. */
export const MAX_LISTED = 200;

type Attrs = { className?: string; id?: string; type?: string; title?: string; hidden?: boolean };

/** An element with plain-text content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (attrs.className) e.className = attrs.className;
  if (attrs.id) e.id = attrs.id;
  if (attrs.title) e.title = attrs.title;
  if (attrs.hidden) e.hidden = true;
  if (attrs.type && e instanceof HTMLButtonElement) e.type = attrs.type as 'button';
  if (text !== undefined) e.textContent = text;
  return e;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export interface RenderHandlers {
  onIssue: (issue: Pick<PaneIssue, 'sheet' | 'cell'>) => void;
}

/** "Business Plan 2018-19 · 2018-19 (2018-04-01 to 2019-03-31) · as of 2019-03-01 · scheme five". */
export function renderMeta(target: Element, model: PaneModel): void {
  clear(target);
  target.appendChild(el('span', { className: 'pc-meta-title' }, model.title));
  const facts = [
    `Plan period ${model.period}`,
    `as of ${model.asOf}`,
    `RAG scheme: ${model.scheme}`,
    `${model.actions} action${model.actions === 1 ? '' : 's'}`,
    `${model.carryOver} to carry over`,
  ];
  target.appendChild(el('span', { className: 'pc-meta-facts' }, facts.join(' · ')));
}

/** One chip per RAG label, in the scheme's colour, with its count. */
export function renderCounts(target: Element, model: PaneModel): void {
  clear(target);
  for (const c of model.counts) {
    const li = el('li', { className: 'pc-count' });
    const swatch = el('span', { className: 'pc-count-chip' }, String(c.count));
    // CSSOM, not a style attribute: allowed under the pane's Content-Security-Policy
    swatch.style.backgroundColor = c.colour;
    swatch.style.color = c.textColour;
    li.appendChild(swatch);
    li.appendChild(el('span', { className: 'pc-count-label' }, c.label));
    li.setAttribute('aria-label', `${c.label}: ${c.count}`);
    target.appendChild(li);
  }
}

/**
 * "Looks complete (n)": actions not marked Complete whose latest update reads as done, each
 * with the words that say so; a button shows the progress cell where Complete would go.
 */
export function renderLooksComplete(target: HTMLElement, model: PaneModel, handlers: RenderHandlers): void {
  clear(target);
  const items = model.looksComplete;
  target.hidden = items.length === 0;
  if (!items.length) return;
  const section = el('section', { className: 'pc-looks-complete' });
  section.appendChild(el('h3', { id: 'pc-looks-complete' }, `${LOOKS_COMPLETE_HEADING} (${items.length})`));
  section.appendChild(el('p', { className: 'pc-hint' }, 'Their latest update reads as done but does not say Complete. If an action is finished, write Complete in its progress so the RAG counts it.'));
  const list = el('ul', { className: 'pc-issue-list' });
  list.setAttribute('aria-labelledby', 'pc-looks-complete');
  for (const item of items.slice(0, MAX_LISTED)) list.appendChild(looksCompleteItem(item, handlers));
  section.appendChild(list);
  const more = items.length - MAX_LISTED;
  if (more > 0) section.appendChild(el('p', { className: 'pc-more' }, `…and ${more} more: the RAG summary sheet lists them all.`));
  target.appendChild(section);
}

function looksCompleteItem(item: PaneLooksComplete, handlers: RenderHandlers): HTMLLIElement {
  const li = el('li');
  const body = item.sheet && item.cell ? el('button', { className: 'pc-issue', type: 'button' }) : el('div', { className: 'pc-issue pc-issue-static' });
  body.appendChild(el('span', { className: 'pc-issue-where' }, item.where));
  body.appendChild(el('span', { className: 'pc-issue-message' }, item.action));
  body.appendChild(el('span', { className: 'pc-issue-code' }, `“${item.words}”`));
  if (body instanceof HTMLButtonElement) {
    body.dataset.sheet = item.sheet ?? '';
    body.dataset.cell = item.cell ?? '';
    body.addEventListener('click', () => handlers.onIssue(item));
  }
  li.appendChild(body);
  return li;
}

/** The issues, grouped by severity; each with a place is a button that shows the cell. */
export function renderIssues(target: Element, model: PaneModel, handlers: RenderHandlers): void {
  clear(target);
  if (model.groups.length === 0) {
    target.appendChild(el('p', { className: 'pc-none' }, 'No issues found.'));
    return;
  }
  for (const group of model.groups) {
    const section = el('section', { className: `pc-group pc-group-${group.severity}` });
    const headingId = `pc-group-${group.severity}`;
    const h = el('h3', { id: headingId }, `${group.heading} (${group.issues.length})`);
    section.appendChild(h);
    const list = el('ul', { className: 'pc-issue-list' });
    list.setAttribute('aria-labelledby', headingId);
    for (const issue of group.issues.slice(0, MAX_LISTED)) {
      const li = el('li');
      const body = issue.sheet && issue.cell ? el('button', { className: 'pc-issue', type: 'button' }) : el('div', { className: 'pc-issue pc-issue-static' });
      body.appendChild(el('span', { className: 'pc-issue-where' }, issue.where || 'Whole workbook'));
      body.appendChild(el('span', { className: 'pc-issue-code' }, issue.code));
      body.appendChild(el('span', { className: 'pc-issue-message' }, issue.message));
      if (body instanceof HTMLButtonElement) {
        body.dataset.sheet = issue.sheet ?? '';
        body.dataset.cell = issue.cell ?? '';
        // the name is the visible text (place, code, message), so speech users can say what they see
        body.appendChild(el('span', { className: 'pc-visually-hidden' }, ' (go to the cell)'));
        body.addEventListener('click', () => handlers.onIssue(issue));
      }
      li.appendChild(body);
      list.appendChild(li);
    }
    section.appendChild(list);
    const more = group.issues.length - MAX_LISTED;
    if (more > 0) section.appendChild(el('p', { className: 'pc-more' }, `…and ${more} more: the Plan issues sheet lists them all.`));
    target.appendChild(section);
  }
}

/** Notes (protection, cells left alone …) as a plain list. */
export function renderNotices(target: HTMLElement, notices: string[]): void {
  clear(target);
  target.hidden = notices.length === 0;
  for (const n of notices) target.appendChild(el('li', {}, n));
}

/**
 * "Since last check": the counts per change, then each change; one with a place in the plan is
 * a button that shows its row. Hidden on a first check (nothing to compare with).
 */
export function renderSince(target: HTMLElement | null, model: PaneModel, onItem: (item: SinceItem) => void): void {
  if (!target) return;
  clear(target);
  const since = model.since;
  target.hidden = !since;
  if (!since) return;
  target.appendChild(el('h3', { id: 'pc-since-title' }, since.heading));
  target.setAttribute('aria-labelledby', 'pc-since-title');
  target.appendChild(el('p', { className: since.items.length ? 'pc-since-line' : 'pc-none' }, since.line));
  if (!since.items.length) return;
  const list = el('ul', { className: 'pc-issue-list pc-since-list' });
  for (const item of since.items) {
    const li = el('li');
    const body = item.sheet && item.cell ? el('button', { className: 'pc-issue pc-since-item', type: 'button' }) : el('div', { className: 'pc-issue pc-issue-static pc-since-item' });
    body.appendChild(el('span', { className: 'pc-issue-code' }, item.label));
    body.appendChild(el('span', { className: 'pc-issue-where' }, [item.ref, item.where].filter(Boolean).join(' · ')));
    body.appendChild(el('span', { className: 'pc-issue-message' }, [item.action, item.detail].filter(Boolean).join(' — ')));
    if (body instanceof HTMLButtonElement) {
      body.setAttribute('aria-label', `${item.label}: ${item.ref ?? ''} ${item.action} ${item.detail} (go to the row)`);
      body.addEventListener('click', () => onItem(item));
    }
    li.appendChild(body);
    list.appendChild(li);
  }
  target.appendChild(list);
  if (since.more > 0) target.appendChild(el('p', { className: 'pc-more' }, `…and ${since.more} more: the Changes sheet lists them all.`));
}
