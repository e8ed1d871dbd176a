/**
 * The federal search page: the federal site's own Pagefind bundle merges every region's roadmap
 * index (mergeIndex, with its shards), each marked with a «регион» filter and with result links
 * on the region's site. Page text never goes through innerHTML.
 */
import { t } from '../../../src/i18n/search.ts';
import { appendExcerpt } from '../../../src/scripts/excerpt.ts';

interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Search {
  results: { data(): Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(q: string, o: { filters: Record<string, unknown> }): Promise<Search>;
}

const FILTER = 'регион';
const SHOWN = 20;
const form = document.querySelector<HTMLFormElement>('#federal-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#federal-status')!;
const list = document.querySelector<HTMLOListElement>('#federal-results')!;
const boxes = [...document.querySelectorAll<HTMLInputElement>('#federal-regions input[type="checkbox"]')];
const regions = boxes.map((b) => ({ id: b.value, name: b.dataset.name!, site: b.dataset.site!.replace(/\/+$/, ''), index: b.dataset.index!, box: b }));
const failed: string[] = [];
let loaded: Promise<Pagefind> | undefined;
let counter = 0;

function load(): Promise<Pagefind> {
  return (loaded ??= (async () => {
    const script = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ script)) as Pagefind;
    await pf.options({ excerptLength: 18 });
    await pf.init();
    await Promise.all(regions.map(async (r) => {
      const merge = { baseUrl: `${r.site}/`, mergeFilter: { [FILTER]: r.name }, excerptLength: 18 };
      try {
        const shards = await fetch(`${r.index}shards.json`).then((res) => (res.ok ? (res.json() as Promise<string[]>) : []), () => []);
        await pf.mergeIndex(r.index, merge);
        for (const shard of shards) await pf.mergeIndex(new URL(shard, r.index).href, merge);
      } catch {
        failed.push(r.name);
      }
    }));
    return pf;
  })());
}

function item(d: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  const region = regions.find((r) => d.url.startsWith(`${r.site}/`));
  const where = document.createElement('p');
  where.className = 'muted';
  where.textContent = `${t('federal.region')}: ${region?.name ?? new URL(d.url).host}`;
  const p = document.createElement('p');
  appendExcerpt(p, d.excerpt);
  li.append(h, where, p);
  return li;
}

async function run() {
  const query = input.value.trim();
  const mine = ++counter;
  const chosen = regions.filter((r) => r.box.checked);
  const url = new URL(location.href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  for (const r of chosen) url.searchParams.append('region', r.id);
  history.replaceState(null, '', url);
  if (!query) {
    list.replaceChildren();
    status.textContent = t('federal.empty');
    return;
  }
  status.textContent = t('federal.running');
  const pf = await load();
  // Always filtered by region: the federal bundle's own page is not a result.
  const names = (chosen.length ? chosen : regions).map((r) => r.name);
  const search = await pf.search(query, { filters: { [FILTER]: { any: names } } });
  if (mine !== counter) return;
  const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
  if (mine !== counter) return;
  list.replaceChildren(...data.map(item));
  const counts = search.totalFilters?.[FILTER] ?? search.filters[FILTER] ?? {};
  for (const r of regions) r.box.labels?.[0]?.querySelector('[data-count]')?.replaceChildren(`(${counts[r.name] ?? 0})`);
  const n = search.results.length;
  const problems = failed.length ? ` ${t('federal.failed')}: ${failed.join(', ')}.` : '';
  status.textContent = (n === 0 ? t('federal.none') : `${t('federal.found')}: ${n}${n > SHOWN ? `, ${t('federal.shown')} ${SHOWN}` : ''}.`) + problems;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
for (const r of regions) r.box.addEventListener('change', () => void run());
const params = new URL(location.href).searchParams;
for (const r of regions) r.box.checked = params.getAll('region').includes(r.id);
input.value = params.get('q') ?? '';
if (input.value) void run();
