/** Roadmap figures: overdue activities, indicator progress, status counts. Pure, dated by `asOf`. */
import type { ActivityStatus } from '../data/lists.ts';
import type { Activity, Indicator, Roadmap } from '../schemas/roadmaps.ts';

/** Statuses that still owe work: past their deadline they are overdue. */
const OPEN: readonly ActivityStatus[] = ['planned', 'in_progress', 'not_done'];

/** An activity is overdue when its deadline has passed (end < asOf) and it is not done or postponed. */
export function isOverdue(activity: Pick<Activity, 'end' | 'status'>, asOf: string): boolean {
  return activity.end < asOf && OPEN.includes(activity.status);
}

export function overdueActivities<T extends Pick<Activity, 'end' | 'status'>>(activities: readonly T[], asOf: string): T[] {
  return activities.filter((a) => isOverdue(a, asOf));
}

export interface IndicatorProgress {
  /** Latest measured value on or before asOf, if any. */
  latest?: number;
  latestDate?: string;
  /** Share of the way from baseline to target, 0…1 (clamped); undefined without a measurement. */
  share?: number;
  /** Target reached (in the indicator's direction: up or down). */
  achieved: boolean;
}

/** Progress from baseline towards target; works for indicators that should fall as well as rise. */
export function indicatorProgress(ind: Pick<Indicator, 'baseline' | 'target' | 'actuals'>, asOf?: string): IndicatorProgress {
  const actuals = [...ind.actuals].filter((a) => !asOf || a.date <= asOf).sort((a, b) => a.date.localeCompare(b.date));
  const last = actuals[actuals.length - 1];
  if (!last) return { achieved: false };
  const span = ind.target - ind.baseline;
  const share = span === 0 ? 1 : Math.min(1, Math.max(0, (last.value - ind.baseline) / span));
  const achieved = span >= 0 ? last.value >= ind.target : last.value <= ind.target;
  return { latest: last.value, latestDate: last.date, share, achieved };
}

/** Mean progress share over indicators that have a measurement; undefined when none has. */
export function meanProgress(indicators: readonly Pick<Indicator, 'baseline' | 'target' | 'actuals'>[], asOf?: string): number | undefined {
  const shares = indicators.map((i) => indicatorProgress(i, asOf).share).filter((s): s is number => s !== undefined);
  return shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : undefined;
}

/** Number of activities in each status. */
export function statusCounts(activities: readonly Pick<Activity, 'status'>[]): Record<ActivityStatus, number> {
  const counts: Record<ActivityStatus, number> = { planned: 0, in_progress: 0, done: 0, not_done: 0, postponed: 0 };
  for (const a of activities) counts[a.status] += 1;
  return counts;
}

/** Date the roadmap was first approved, if it was. */
export function approvalDate(roadmap: Pick<Roadmap, 'approval'>): string | undefined {
  return roadmap.approval.history.find((h) => h.status === 'approved')?.date;
}
