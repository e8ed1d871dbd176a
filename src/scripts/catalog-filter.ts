/**
 * Enhances the measure catalog: filters in place by every dimension at once and announces the
 * number of results. Without JavaScript the pre-rendered filter pages do the same job.
 */
const form = document.querySelector<HTMLFormElement>('#catalog-form');
const list = document.querySelector<HTMLUListElement>('#catalog-list');
const status = document.querySelector<HTMLElement>('#catalog-count');

function apply() {
  if (!form || !list || !status) return;
  const filters = [...form.querySelectorAll('select')].map((s) => [s.name, s.value] as const).filter(([, v]) => v);
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
    const ok = filters.every(([key, value]) => (item.dataset[key] ?? '').split(' ').includes(value));
    item.hidden = !ok;
    if (ok) shown += 1;
  }
  status.textContent = shown === 0 ? 'Мер по выбранным условиям не найдено. Измените фильтры.' : `Найдено мер: ${shown}`;
}

if (form && list) {
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
