/**
 * Search page over Pagefind's two indexes (src/integrations/pagefind.ts): the knowledge base and,
 * loaded after its results are shown, the roadmaps and municipalities. Reads ?q= and ?page=,
 * drops results for words that are nowhere on the site (src/lib/search-query.ts), puts a page
 * whose title is the query above everything else, pages through all results, filters both indexes.
 */
import { t, say } from '../i18n/search.ts';
import { isExactTitle, missingWords, normalizeQuery, pageCount } from '../lib/search-query.ts';
import { renderFilters, renderPager, resultItem, type Chosen, type ResultData } from './search-view.ts';
import { openRoadmapIndex, type MergeablePagefind } from './search-shards.ts';

interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface Search {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<Search>;
}

const PAGE_SIZE = 20;
const SCHOOLS_STEP = 10;
/** Results of each index checked for a title equal to the query. */
const BEST_OF = 5;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#search-form');
const input = $<HTMLInputElement>('#q');
const status = $('#search-status');
const best = $<HTMLOListElement>('#search-best');
const list = $<HTMLOListElement>('#search-results');
const pager = $('#search-pager');
const filtersBox = $<HTMLDetailsElement>('#search-filters-box');
const filtersList = $('#search-filters');
const filtersTitle = $('#search-filters-title');
const schoolsStatus = $('#search-schools-status');
const schoolsList = $<HTMLOListElement>('#search-schools');
const schoolsMore = $<HTMLButtonElement>('#search-schools-more');
const chosen: Chosen = {};
const cache = new Map<string, Promise<ResultData>>();
let counter = 0;
let page = Number(new URL(location.href).searchParams.get('page')) || 1;

function index(path: string, excerptLength: number): () => Promise<Pagefind> {
  let loaded: Promise<Pagefind> | undefined;
  return () =>
    (loaded ??= (async () => {
      const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
      await pf.options({ excerptLength });
      await pf.init();
      // Filter counts come with search results only once the filter index is loaded.
      await pf.filters();
      return pf;
    })());
}
const mainIndex = index('/pagefind/pagefind.js', 24);
/** The roadmap index, in shards on a large site, opened from the main bundle (src/scripts/search-shards.ts). */
let roadmapIndex: Promise<Pagefind> | undefined;
const ROADMAP_BASE = '/pagefind-shkoly/';
/**
 * The roadmap index's filter counts (municipality, direction) are loaded with it only on a site of
 * at most AUTO_FILTER_PAGES roadmap pages: on a national site they weigh ~170 KB, more than the rest
 * of a first search, so they come when asked for (#search-filters-roadmaps). A chosen filter still
 * narrows the roadmaps without them: Pagefind loads the chunk of a filter used in a search.
 */
const AUTO_FILTER_PAGES = 5000;
let roadmapFilters = false;
const roadmapPages = (): Promise<number> =>
  fetch(`${ROADMAP_BASE}pagefind-entry.json`)
    .then((r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>)
    .then((e) => Object.values(e.languages).reduce((a, l) => a + l.page_count, 0))
    .catch(() => 0);
const schoolsIndex = () =>
  (roadmapIndex ??= (async () => {
    const [pf, pages] = await Promise.all([openRoadmapIndex<Pagefind & MergeablePagefind>('/pagefind/pagefind.js', ROADMAP_BASE, { excerptLength: 18 }), roadmapPages()]);
    if (pages <= AUTO_FILTER_PAGES) {
      await pf.filters();
      roadmapFilters = true;
    }
    return pf;
  })());
const moreFiltersBox = $('#search-filters-roadmaps-box');
$('#search-filters-roadmaps').addEventListener('click', async () => {
  await (await schoolsIndex()).filters();
  roadmapFilters = true;
  moreFiltersBox.hidden = true;
  await run();
  // The button is gone: the keyboard goes on from the first filter.
  filtersList.querySelector<HTMLInputElement>('input')?.focus();
});

const dataOf = (r: Result) => (cache.get(r.id) ?? cache.set(r.id, r.data()).get(r.id))!;

/** Results of one index, minus those for a query word that is nowhere (checked on the top result, which every word must be on). */
async function searchIn(pf: Pagefind, query: string): Promise<Search & { best: Result[] }> {
  const active = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v.size).map(([k, v]) => [k, { any: [...v] }]));
  const search = await pf.search(normalizeQuery(query), { filters: active });
  const top = await Promise.all(search.results.slice(0, BEST_OF).map(dataOf));
  if (top[0] && missingWords(query, `${top[0].meta.title ?? ''} ${top[0].content}`).length) return { results: [], filters: search.filters, best: [] };
  const bestIds = new Set(search.results.filter((_, i) => top[i] && isExactTitle(query, top[i].meta.title ?? '')).map((r) => r.id));
  return { results: search.results.filter((r) => !bestIds.has(r.id)), filters: search.filters, best: search.results.filter((r) => bestIds.has(r.id)) };
}

function merge(a: Search['filters'], b: Search['filters']): Search['filters'] {
  const out: Search['filters'] = structuredClone(a);
  for (const [name, values] of Object.entries(b)) for (const [v, n] of Object.entries(values)) (out[name] ??= {})[v] = (out[name][v] ?? 0) + n;
  return out;
}

function setUrl(query: string) {
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  if (page > 1) url.searchParams.set('page', String(page));
  else url.searchParams.delete('page');
  history.replaceState(null, '', url);
}

function pageHref(n: number): string {
  const url = new URL(location.href);
  url.searchParams.set('page', String(n));
  return url.pathname + url.search;
}

function chosenCount(): number {
  return Object.values(chosen).reduce((s, v) => s + v.size, 0);
}

function clear() {
  for (const el of [best, list, schoolsList]) el.replaceChildren();
  pager.hidden = true;
  schoolsMore.hidden = true;
  schoolsStatus.textContent = '';
  filtersBox.hidden = true;
}

async function showSchools(schools: Promise<Search & { best: Result[] }>, mine: number) {
  schoolsStatus.textContent = t('search.schoolsRunning');
  const found = await schools;
  if (mine !== counter) return;
  const bestData = await Promise.all(found.best.map(dataOf));
  if (mine !== counter) return;
  best.prepend(...bestData.map((d) => resultItem(d, 'h2', true)));
  let shown = 0;
  const more = async () => {
    const next = await Promise.all(found.results.slice(shown, shown + SCHOOLS_STEP).map(dataOf));
    if (mine !== counter) return;
    const items = next.map((d) => resultItem(d, 'h3'));
    schoolsList.append(...items);
    shown += next.length;
    schoolsMore.hidden = shown >= found.results.length;
    const n = found.results.length;
    schoolsStatus.textContent = n === 0 ? t('search.schoolsNothing') : say('search.schoolsFound', { n, shown });
    return items[0];
  };
  schoolsMore.onclick = () => void more().then((first) => first?.querySelector('a')?.focus());
  await more();
}

async function run(focusResults = false) {
  const query = input.value.trim();
  const mine = ++counter;
  if (!query) {
    clear();
    history.replaceState(null, '', location.pathname);
    status.textContent = t('search.enter');
    return;
  }
  status.textContent = t('search.running');
  // Both indexes are asked at once; the roadmaps are shown when they come, below the main results.
  const main = mainIndex().then((pf) => searchIn(pf, query));
  const schools = main.then(() => schoolsIndex()).then((pf) => searchIn(pf, query));
  const found = await main;
  if (mine !== counter) return;
  const pages = pageCount(found.results.length, PAGE_SIZE);
  page = Math.min(Math.max(1, page), pages);
  setUrl(query);
  const slice = await Promise.all(found.results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(dataOf));
  const bestData = await Promise.all(found.best.map(dataOf));
  if (mine !== counter) return;
  clear();
  best.replaceChildren(...bestData.map((d) => resultItem(d, 'h2', true)));
  list.start = (page - 1) * PAGE_SIZE + 1;
  list.replaceChildren(...slice.map((d) => resultItem(d, 'h2')));
  renderPager(pager, page, pages, pageHref, (n) => {
    page = n;
    void run(true);
  });
  const n = found.results.length + found.best.length;
  status.textContent = n === 0 ? say('search.nothing', { q: query }) : pages > 1 ? say('search.foundPage', { n, page, pages }) : say('search.found', { n });
  if (focusResults) status.focus();
  await showSchools(schools, mine);
  if (mine !== counter) return;
  const filters = roadmapFilters ? merge(found.filters, (await schools).filters) : found.filters;
  moreFiltersBox.hidden = roadmapFilters;
  const focused = document.activeElement?.id;
  renderFilters(filtersList, filters, chosen, () => {
    page = 1;
    void run();
  });
  filtersBox.hidden = filtersList.childElementCount === 0 && roadmapFilters;
  // A box re-rendered after a change keeps the keyboard focus.
  if (focused?.startsWith('f-')) document.getElementById(focused)?.focus();
  filtersTitle.textContent = chosenCount() ? say('search.filtersChosen', { n: chosenCount() }) : t('search.filters');
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  page = 1;
  void run();
});
document.querySelector('#search-nojs')?.remove();
// Filters are open beside the results on a wide screen, folded below the query on a phone.
filtersBox.open = matchMedia('(min-width: 60rem)').matches;
const initial = new URL(location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  void run();
}
