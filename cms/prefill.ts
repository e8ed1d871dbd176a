/**
 * Admin side of «Создать дорожную карту по этой мере» (cms/links.ts). A link with a municipality
 * goes straight to Decap's `#/collections/roadmaps-<id>/new?…` route, which fills in the fields.
 * A link without one (`/admin/?activities.measure=…`) lands here first: the page lists the
 * municipalities' roadmap collections from config.yml, and each choice opens the prefilled form
 * (Decap is not started on this page: its router reads the address once, when the bundle loads).
 */
import { PREFILL_MEASURE_KEY } from './links.ts';

interface ConfigCollection {
  name: string;
  label?: string;
}

/** The roadmap form routes for a prefill query, one per municipality, from the config's collections. */
export function roadmapChoices(collections: ConfigCollection[], query: string): { label: string; href: string }[] {
  return collections
    .filter((c) => c.name.startsWith('roadmaps-'))
    .map((c) => ({ label: (c.label ?? c.name).replace(/^[^:]*:\s*/, ''), href: `#/collections/${c.name}/new?${query}` }));
}

/** True when the page was opened by a measure link without a municipality. */
export function needsMunicipality(location: Location): boolean {
  return new URLSearchParams(location.search).has(PREFILL_MEASURE_KEY) && !location.hash.startsWith('#/collections/');
}

/**
 * Shows the municipality choice in plain DOM (text only). Each choice is a link to the admin without
 * the query: following it loads the page anew, and Decap starts on the prefilled form.
 */
export function chooseMunicipality(doc: Document, location: Location, collections: ConfigCollection[]): void {
  const query = location.search.slice(1);
  const params = new URLSearchParams(query);
  const choices = roadmapChoices(collections, query);

  const main = doc.createElement('main');
  main.className = 'shnor-choice';
  const title = doc.createElement('h1');
  title.textContent = 'Новая дорожная карта по мере';
  const measure = doc.createElement('p');
  measure.textContent = `Мера: «${params.get('activities.title') ?? params.get(PREFILL_MEASURE_KEY)}». Выберите муниципалитет школы:`;
  const list = doc.createElement('ul');
  for (const choice of choices) {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.textContent = choice.label;
    // The query moves from the page address into Decap's route.
    link.href = `${location.pathname}${choice.href}`;
    item.append(link);
    list.append(item);
  }
  main.append(title, measure, list);
  doc.body.append(main);
}
