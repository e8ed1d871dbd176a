/**
 * DOM pieces of the search page: a result, its excerpt, the filter boxes and the pager.
 * Page text never goes through innerHTML: excerpts are rebuilt as text with Pagefind's <mark>s.
 */
import { t, say, type SearchKey } from '../i18n/search.ts';
import { pagerPages } from '../lib/search-query.ts';
import { appendExcerpt } from './excerpt.ts';

export interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  content: string;
}

export function resultItem(d: ResultData, level: 'h2' | 'h3', best = false): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement(level);
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  li.append(h);
  if (best) {
    const tag = document.createElement('strong');
    tag.className = 'tag tag--ok';
    tag.textContent = t('search.best');
    li.append(tag);
  }
  const p = document.createElement('p');
  appendExcerpt(p, d.excerpt);
  li.append(p);
  return li;
}

export type Chosen = Record<string, Set<string>>;

/** Filter checkboxes with counts; `onToggle` runs after a box changes. */
export function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, chosen: Chosen, onToggle: () => void) {
  box.replaceChildren();
  for (const [name, values] of Object.entries(available)) {
    const entries = Object.entries(values).filter(([value, n]) => n > 0 || chosen[name]?.has(value));
    if (!entries.length) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = t(`search.filter.${name}` as SearchKey) ?? name;
    fieldset.append(legend);
    for (const [value, count] of entries.sort(([a], [b]) => a.localeCompare(b, 'ru', { numeric: true }))) {
      const id = `f-${name}-${value}`.replace(/[^\p{L}\p{N}-]/gu, '-');
      const row = document.createElement('div');
      row.className = 'search-page__filter';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = id;
      input.checked = chosen[name]?.has(value) ?? false;
      input.addEventListener('change', () => {
        const set = (chosen[name] ??= new Set());
        if (input.checked) set.add(value);
        else set.delete(value);
        onToggle();
      });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${value} (${count})`;
      row.append(input, label);
      fieldset.append(row);
    }
    box.append(fieldset);
  }
}

/** GOV.UK-style pager: previous, numbered pages with gaps, next; links carry ?page= so they can be shared. */
export function renderPager(nav: HTMLElement, current: number, total: number, hrefFor: (page: number) => string, go: (page: number) => void) {
  nav.replaceChildren();
  nav.hidden = total <= 1;
  if (total <= 1) return;
  const list = document.createElement('ul');
  const link = (page: number, text: string, rel?: string) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = hrefFor(page);
    a.textContent = text;
    if (rel) a.rel = rel;
    if (page === current && !rel) a.setAttribute('aria-current', 'page');
    a.setAttribute('aria-label', rel ? text : say('search.pageN', { n: page }));
    a.addEventListener('click', (e) => {
      e.preventDefault();
      go(page);
    });
    li.append(a);
    return li;
  };
  if (current > 1) list.append(link(current - 1, t('search.prev'), 'prev'));
  for (const n of pagerPages(current, total)) {
    if (n === 0) {
      const gap = document.createElement('li');
      gap.textContent = '…';
      list.append(gap);
    } else list.append(link(n, String(n)));
  }
  if (current < total) list.append(link(current + 1, t('search.next'), 'next'));
  nav.append(list);
}
