/**
 * Admin side of «Создать дорожную карту по этой мере» (cms/links.ts). A link with a municipality
 * goes straight to Decap's `#/collections/roadmaps-<id>/new?…` route, which fills in the fields.
 * A link without one (`/admin/?activities.measure=…`) lands here first: the page lists the
 * municipalities' roadmap collections from config.yml, and each choice opens the prefilled form.
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

/** Shows the municipality choice in plain DOM (text only) and resolves when the user has picked. */
export async function chooseMunicipality(doc: Document, location: Location, collections: ConfigCollection[]): Promise<void> {
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
    // Drop the query from the page address, keep it in Decap's route.
    link.href = `${location.pathname}${choice.href}`;
    item.append(link);
    list.append(item);
  }
  main.append(title, measure, list);
  doc.body.append(main);

  await new Promise<void>((resolve) => {
    window.addEventListener('hashchange', () => resolve(), { once: true });
    // Following a link with only a new hash keeps the page: remove the choice and start Decap.
    list.addEventListener('click', (event) => {
      const link = (event.target as HTMLElement).closest('a');
      if (!link) return;
      event.preventDefault();
      history.replaceState(null, '', link.getAttribute('href'));
      resolve();
    });
  });
  main.remove();
}
