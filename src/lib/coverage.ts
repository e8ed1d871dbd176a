/**
 * The direction × measure coverage map: how many measures each direction has, by level and
 * review status, so methodists see where the catalog is thin.
 */
import { DIRECTION_CODES, LEVELS, REVIEW_STATUSES } from '../data/lists.ts';
import type { Measure } from '../schemas/measures.ts';

type Level = keyof typeof LEVELS;
type Review = keyof typeof REVIEW_STATUSES;

export interface CoverageRow {
  code: string;
  /** Measures listing the direction at all. */
  total: number;
  /** Measures whose first (primary) direction it is. */
  primary: number;
  byLevel: Record<Level, number>;
  byReview: Record<Review, number>;
}

/** Minimum number of measures below which a direction counts as thin. */
export const THIN_BELOW = 5;

export function coverageMap(measures: readonly Pick<Measure, 'directions' | 'level' | 'review'>[]): CoverageRow[] {
  return DIRECTION_CODES.map((code) => {
    const row: CoverageRow = {
      code,
      total: 0,
      primary: 0,
      byLevel: { region: 0, municipality: 0, school: 0 },
      byReview: { draft: 0, reviewed: 0 },
    };
    for (const m of measures) {
      if (!m.directions.includes(code)) continue;
      row.total += 1;
      if (m.directions[0] === code) row.primary += 1;
      row.byLevel[m.level] += 1;
      row.byReview[m.review.status] += 1;
    }
    return row;
  });
}
