/**
 * The measure catalog: filter dimensions, their pre-rendered pages (work without JavaScript)
 * and the sort order.
 */
import { DIRECTION_CODES, EDUCATION_LEVELS, LEVELS, ROLES } from '../data/lists.ts';
import type { Measure } from '../schemas/measures.ts';

export interface FilterDimension {
  /** Key in URLs and data attributes. */
  key: 'napravlenie' | 'uroven' | 'obrazovanie' | 'rol';
  /** Russian label of the filter. */
  label: string;
  /** Values with labels. */
  options: { value: string; label: string }[];
  /** Values of a measure on this dimension. */
  valuesOf: (m: Measure) => string[];
}

export function filterDimensions(directionTitles: Record<string, string>): FilterDimension[] {
  return [
    {
      key: 'napravlenie', label: 'Направление',
      options: DIRECTION_CODES.map((c) => ({ value: c, label: `${c}. ${directionTitles[c] ?? ''}`.trim() })),
      valuesOf: (m) => m.directions,
    },
    {
      key: 'uroven', label: 'Уровень',
      options: Object.entries(LEVELS).map(([value, label]) => ({ value, label })),
      valuesOf: (m) => [m.level],
    },
    {
      key: 'obrazovanie', label: 'Уровень образования',
      options: Object.entries(EDUCATION_LEVELS).map(([value, label]) => ({ value, label })),
      valuesOf: (m) => m.educationLevels,
    },
    {
      key: 'rol', label: 'Ответственная роль',
      options: Object.entries(ROLES).map(([value, label]) => ({ value, label })),
      valuesOf: (m) => m.responsibleRoles,
    },
  ];
}

/** Measures matching every given filter (key → value); an empty filter matches all. */
export function filterMeasures<T extends { data: Measure }>(measures: readonly T[], dims: FilterDimension[], filter: Partial<Record<FilterDimension['key'], string>>): T[] {
  return measures.filter((m) => dims.every((d) => !filter[d.key] || d.valuesOf(m.data).includes(filter[d.key]!)));
}

/** Catalog order: by primary direction, then reviewed before drafts, then title. */
export function sortCatalog<T extends { data: Measure }>(measures: readonly T[]): T[] {
  const collator = new Intl.Collator('ru');
  return [...measures].sort(
    (a, b) =>
      a.data.directions[0].localeCompare(b.data.directions[0]) ||
      Number(a.data.review.status === 'draft') - Number(b.data.review.status === 'draft') ||
      collator.compare(a.data.title, b.data.title),
  );
}

/** Measures related to one: sharing directions, most shared first, the primary direction weighing double. */
export function relatedMeasures<T extends { id: string; data: Measure }>(measure: T, all: readonly T[], limit = 5): T[] {
  const score = (other: T) =>
    other.data.directions.reduce((s, code) => s + (measure.data.directions.includes(code) ? (code === measure.data.directions[0] ? 2 : 1) : 0), 0);
  return all
    .filter((m) => m.id !== measure.id)
    .map((m) => ({ m, s: score(m) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.m.data.title.localeCompare(b.m.data.title, 'ru'))
    .slice(0, limit)
    .map((x) => x.m);
}
