/**
 * File names (ids) of new entries. Ids are Latin slugs (they become page addresses), while editors
 * type Russian titles: the admin transliterates the title on first save (a preSave hook puts the
 * result in the CMS-only field `__id`, which the slug template reads and the file format drops).
 */

import { splitCollectionName } from './names.ts';

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const MAX_LENGTH = 60;

/** «Формирующее оценивание (пример)» → "formiruyushchee-otsenivanie": the style of the existing ids. */
export function transliterate(text: string): string {
  const latin = text
    .toLowerCase()
    .replace(/\([^)]*\)|№/g, ' ')
    .split('')
    .map((ch) => LETTERS[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin.length <= MAX_LENGTH) return latin;
  const cut = latin.slice(0, MAX_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_LENGTH);
}

/** Field whose text names a new entry, by collection (folder collections whose ids are free). */
const NAMED_BY: Record<string, string> = {
  measures: 'title',
  practices: 'title',
  templates: 'title',
  municipalities: 'name',
  schools: 'shortName',
};

/**
 * The id for a new entry of a collection (Decap collection name, e.g. `schools-lesnogorsk`),
 * or undefined when the collection's slug template does not use it.
 * School ids end with the municipality, as in sosh-11-lesnogorsk: ids are unique in the region.
 */
export function newEntryId(collectionName: string, data: Record<string, unknown>): string | undefined {
  const [collection, municipality] = splitCollectionName(collectionName);
  const field = NAMED_BY[collection];
  if (!field) return undefined;
  const base = transliterate(String(data[field] ?? '')) || 'zapis';
  return collection === 'schools' && municipality && !base.endsWith(`-${municipality}`) ? `${base}-${municipality}` : base;
}
