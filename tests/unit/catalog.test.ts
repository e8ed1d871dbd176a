import { describe, expect, it } from 'vitest';
import { filterDimensions, filterMeasures, relatedMeasures, sortCatalog } from '../../src/lib/catalog.ts';
import { coverageMap } from '../../src/lib/coverage.ts';
import type { Measure } from '../../src/schemas/measures.ts';

const measure = (title: string, directions: Measure['directions'], extra: Partial<Measure> = {}): Measure => ({
  title, directions, level: 'school', educationLevels: ['ooo'], purpose: 'p', steps: ['s'], successCriteria: ['c'],
  indicators: [{ name: 'n', unit: '%', howMeasured: 'h' }], evidenceExamples: ['e'], responsibleRoles: ['school-director'],
  participants: [], typicalDuration: 'год', resources: [], source: { kind: 'example', title: 't', year: 2025 }, review: { status: 'draft' }, ...extra,
});
const list = [
  { id: 'b', data: measure('Б мера', ['R06', 'R07']) },
  { id: 'a', data: measure('А мера', ['R07'], { level: 'municipality', review: { status: 'reviewed' } }) },
  { id: 'c', data: measure('В мера', ['R06'], { educationLevels: ['noo'], responsibleRoles: ['curator'] }) },
];
const dims = filterDimensions({});

describe('catalog', () => {
  it('filters by every dimension and combines filters', () => {
    expect(filterMeasures(list, dims, { napravlenie: 'R07' }).map((m) => m.id)).toEqual(['b', 'a']);
    expect(filterMeasures(list, dims, { napravlenie: 'R06', obrazovanie: 'noo' }).map((m) => m.id)).toEqual(['c']);
    expect(filterMeasures(list, dims, { uroven: 'municipality' }).map((m) => m.id)).toEqual(['a']);
    expect(filterMeasures(list, dims, { rol: 'curator' }).map((m) => m.id)).toEqual(['c']);
    expect(filterMeasures(list, dims, {})).toHaveLength(3);
  });
  it('sorts by primary direction, reviewed first, then title', () => {
    expect(sortCatalog(list).map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });
  it('finds related measures by shared directions', () => {
    expect(relatedMeasures(list[0], list).map((m) => m.id)).toEqual(['c', 'a']);
  });
});

describe('coverage map', () => {
  it('counts measures per direction by level and review status', () => {
    const rows = Object.fromEntries(coverageMap(list.map((m) => m.data)).map((r) => [r.code, r]));
    expect(rows.R06).toMatchObject({ total: 2, primary: 2, byLevel: { school: 2, municipality: 0, region: 0 }, byReview: { draft: 2, reviewed: 0 } });
    expect(rows.R07).toMatchObject({ total: 2, primary: 1, byLevel: { school: 1, municipality: 1, region: 0 }, byReview: { draft: 1, reviewed: 1 } });
    expect(rows.R01.total).toBe(0);
    expect(Object.keys(rows)).toHaveLength(10);
  });
});
