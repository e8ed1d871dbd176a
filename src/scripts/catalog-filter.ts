/**
 * Enhances the measure catalog: the pre-rendered «Подборки» links give way to one form that
 * filters the list in place by every dimension at once, keeps the choice in the address
 * (so a filtered list can be shared: /mery/?napravlenie=R06&uroven=school) and announces the count.
 */
import { catalogQuery, readCatalogQuery } from '../lib/catalog-query.ts';

const form = document.querySelector<HTMLFormElement>('#catalog-form');
const links = document.querySelector<HTMLElement>('#catalog-collections');
const list = document.querySelector<HTMLUListElement>('#catalog-list');
const status = document.querySelector<HTMLElement>('#catalog-count');

function selects(): HTMLSelectElement[] {
  return [...(form?.querySelectorAll('select') ?? [])];
}

function apply() {
  if (!form || !list || !status) return;
  const filters = selects().map((s) => [s.name, s.value] as const).filter(([, v]) => v);
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
    const ok = filters.every(([key, value]) => (item.dataset[key] ?? '').split(' ').includes(value));
    item.hidden = !ok;
    if (ok) shown += 1;
  }
  status.textContent = shown === 0 ? 'Мер по выбранным условиям не найдено. Измените фильтры.' : `Найдено мер: ${shown}`;
  history.replaceState(null, '', `${location.pathname}${catalogQuery(filters)}${location.hash}`);
}

if (form && list) {
  const keys = selects().map((s) => s.name);
  const initial = readCatalogQuery(location.search, keys);
  for (const s of selects()) {
    // Only values the list offers are taken from the address.
    const value = initial[s.name];
    if (value && [...s.options].some((o) => o.value === value)) s.value = value;
  }
  form.hidden = false;
  if (links) links.hidden = true;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}
