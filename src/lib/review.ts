/**
 * How fresh the РМА review of a measure or practice is: never reviewed, fresh, or due for review
 * again once the review period of the settings has passed. And the list РМА works from: what is
 * due, by direction. Pure functions.
 */
import type { Review } from '../schemas/measures.ts';

/** Review period when the settings name none. */
export const DEFAULT_REVIEW_MONTHS = 12;

export type Freshness =
  | { state: 'unreviewed' }
  | { state: 'fresh' | 'due'; date: string; by?: string; dueDate: string };

/** The same day `months` later; the last day of the month when that month is shorter (31.01 → 28.02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function reviewFreshness(review: Review | undefined, asOf: string, months = DEFAULT_REVIEW_MONTHS): Freshness {
  if (!review || review.status !== 'reviewed' || !review.date) return { state: 'unreviewed' };
  const dueDate = addMonths(review.date, months);
  return { state: dueDate <= asOf ? 'due' : 'fresh', date: review.date, by: review.reviewedBy, dueDate };
}

/** A measure or practice as the review list needs it. */
export interface ReviewSubject {
  kind: 'measure' | 'practice';
  id: string;
  title: string;
  /** Risk directions; the first is the primary one, under which the entry is listed. */
  directions: readonly string[];
  review?: Review;
  /** Fictional sample content (stays marked as an example on the list). */
  example: boolean;
}

export interface ReviewRow extends ReviewSubject {
  freshness: Freshness;
}

export interface ReviewGroup {
  direction: string;
  /** Due for review again, the longest overdue first. */
  due: ReviewRow[];
  /** Never reviewed (drafts), measures first, then by title. */
  unreviewed: ReviewRow[];
}

const collator = new Intl.Collator('ru');

/** What РМА has to review, by primary direction in the order given; directions with nothing due are left out. */
export function reviewQueue(subjects: readonly ReviewSubject[], directions: readonly string[], asOf: string, months = DEFAULT_REVIEW_MONTHS): ReviewGroup[] {
  const groups = new Map(directions.map((d) => [d, { direction: d, due: [] as ReviewRow[], unreviewed: [] as ReviewRow[] }]));
  for (const s of subjects) {
    const group = groups.get(s.directions[0]);
    if (!group) continue;
    const freshness = reviewFreshness(s.review, asOf, months);
    if (freshness.state === 'due') group.due.push({ ...s, freshness });
    else if (freshness.state === 'unreviewed') group.unreviewed.push({ ...s, freshness });
  }
  const dueDate = (r: ReviewRow) => (r.freshness.state === 'unreviewed' ? '' : r.freshness.dueDate);
  for (const g of groups.values()) {
    g.due.sort((a, b) => dueDate(a).localeCompare(dueDate(b)) || collator.compare(a.title, b.title));
    g.unreviewed.sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.title, b.title));
  }
  return [...groups.values()].filter((g) => g.due.length + g.unreviewed.length > 0);
}
