/** The shipped content: valid, complete, and the figures computed from it. */
import { describe, expect, it } from 'vitest';
import { DIRECTION_CODES } from '../../src/data/lists.ts';
import { coverageMap } from '../../src/lib/coverage.ts';
import type { Measure } from '../../src/schemas/measures.ts';
import type { Practice } from '../../src/schemas/practices.ts';
import { validateContent } from '../../src/validation/validate.ts';

const { errors, entries } = validateContent(process.cwd());
const of = <T>(collection: string) => entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T }));
const measures = of<Measure>('measures');
const practices = of<Practice>('practices');

describe('shipped content', () => {
  it('passes validation', () => {
    expect(errors.map((e) => `${e.file} ${e.field}: ${e.message}`)).toEqual([]);
  });

  it('has at least 50 measures, at least 5 per direction, each honestly marked when it is an example', () => {
    expect(measures.length).toBeGreaterThanOrEqual(50);
    for (const code of DIRECTION_CODES) expect(measures.filter((m) => m.data.directions.includes(code)).length, code).toBeGreaterThanOrEqual(5);
    for (const m of measures) if (m.data.source.kind === 'example') expect(m.data.review.status, m.id).toBe('draft');
  });

  it('has at least 8 practices, each linked to directions and existing measures', () => {
    expect(practices.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(measures.map((m) => m.id));
    for (const p of practices) {
      expect(p.data.measures.length, p.id).toBeGreaterThan(0);
      for (const id of p.data.measures) expect(ids.has(id), `${p.id} → ${id}`).toBe(true);
    }
  });

  it('coverage map equals the counts computed directly from the content', () => {
    const rows = coverageMap(measures.map((m) => m.data));
    for (const row of rows) {
      const mine = measures.filter((m) => m.data.directions.includes(row.code as Measure['directions'][number]));
      expect(row.total).toBe(mine.length);
      expect(row.primary).toBe(mine.filter((m) => m.data.directions[0] === row.code).length);
      expect(row.byLevel.school + row.byLevel.municipality + row.byLevel.region).toBe(mine.length);
      expect(row.byLevel.municipality).toBe(mine.filter((m) => m.data.level === 'municipality').length);
      expect(row.byReview.draft).toBe(mine.filter((m) => m.data.review.status === 'draft').length);
    }
    expect(rows.reduce((s, r) => s + r.primary, 0)).toBe(measures.length);
  });
});
