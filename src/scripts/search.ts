/**
 * Search page UI over Pagefind: reads ?q=, shows results with excerpts, filters with counts,
 * announces the number of results. Page text never goes through innerHTML.
 */
import { openRoadmapIndex, type MergeablePagefind } from './search-shards.ts';
interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> }>;
}

const FILTER_LABELS: Record<string, string> = { тип: 'Тип страницы', направление: 'Направление', уровень: 'Уровень', образование: 'Уровень образования', муниципалитет: 'Муниципалитет' };
const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const chosen: Record<string, Set<string>> = {};
const schoolsStatus = document.querySelector<HTMLElement>('#search-schools-status')!;
const schoolsList = document.querySelector<HTMLOListElement>('#search-schools')!;
const SCHOOLS_SHOWN = 10;
let pagefind: Pagefind | undefined;
let schoolsIndex: Promise<Pagefind> | undefined;
let counter = 0;

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const path = '/pagefind/pagefind.js';
  pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  // Filter counts come with search results only once the filter index is loaded.
  await pagefind.filters();
  return pagefind;
}

/** The separate index of roadmaps and municipalities, in shards on a large site (see src/integrations/search-index.ts). */
function loadSchools(): Promise<Pagefind> {
  return (schoolsIndex ??= (async () => {
    return openRoadmapIndex<Pagefind & MergeablePagefind>('/pagefind/pagefind.js', '/pagefind-shkoly/', { excerptLength: 18 });
  })());
}

function resultItem(d: PagefindResultData, level: 'h2' | 'h3'): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement(level);
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  const p = document.createElement('p');
  appendExcerpt(p, d.excerpt);
  li.append(h, p);
  return li;
}

/** Roadmaps and municipalities: searched in parallel, shown below the main results. */
async function runSchools(query: string, mine: number) {
  schoolsStatus.textContent = 'Ищем в дорожных картах…';
  const pf = await loadSchools();
  const search = await pf.search(query);
  if (mine !== counter) return;
  const data = await Promise.all(search.results.slice(0, SCHOOLS_SHOWN).map((r) => r.data()));
  if (mine !== counter) return;
  schoolsList.replaceChildren(...data.map((d) => resultItem(d, 'h3')));
  const n = search.results.length;
  schoolsStatus.textContent = n === 0 ? 'В дорожных картах и программах муниципалитетов ничего не найдено.' : `Дорожных карт и муниципалитетов: ${n}${n > SCHOOLS_SHOWN ? `, показаны первые ${SCHOOLS_SHOWN}` : ''}.`;
}

/** Appends the excerpt as text, keeping only Pagefind's <mark> highlights. */
function appendExcerpt(target: HTMLElement, excerpt: string) {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

function renderFilters(available: Record<string, Record<string, number>>) {
  filtersBox.replaceChildren();
  for (const [name, values] of Object.entries(available)) {
    const entries = Object.entries(values).filter(([, n]) => n > 0 || chosen[name]?.size);
    if (!entries.length) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[name] ?? name;
    fieldset.append(legend);
    for (const [value, count] of entries.sort(([a], [b]) => a.localeCompare(b, 'ru'))) {
      const id = `f-${name}-${value}`.replace(/[^\p{L}\p{N}-]/gu, '-');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.checked = chosen[name]?.has(value) ?? false;
      box.addEventListener('change', () => {
        (chosen[name] ??= new Set()).has(value) ? chosen[name].delete(value) : chosen[name].add(value);
        void run();
      });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${value} (${count})`;
      const row = document.createElement('div');
      row.append(box, label);
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
}

async function run() {
  const query = input.value.trim();
  const mine = ++counter;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query) {
    list.replaceChildren();
    schoolsList.replaceChildren();
    schoolsStatus.textContent = '';
    status.textContent = 'Введите слово или фразу для поиска.';
    return;
  }
  status.textContent = 'Идёт поиск…';
  const pf = await load();
  // AND between filter groups, OR within a group.
  const filters = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v.size).map(([k, v]) => [k, { any: [...v] }]));
  const search = await pf.search(query, { filters });
  if (mine !== counter) return;
  const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
  if (mine !== counter) return;
  renderFilters(search.filters);
  list.replaceChildren(...data.map((d) => resultItem(d, 'h2')));
  // The roadmap index loads only after the main results are shown: the first search stays small.
  void runSchools(query, mine);
  const n = search.results.length;
  status.textContent = n === 0 ? `По запросу «${query}» ничего не найдено. Попробуйте другое слово или уберите фильтры.` : `Найдено страниц: ${n}${n > PAGE_SIZE ? `, показаны первые ${PAGE_SIZE}` : ''}.`;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
document.querySelector('#search-nojs')?.remove();
const initial = new URL(location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  void run();
}
