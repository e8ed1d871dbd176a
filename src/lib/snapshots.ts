/**
 * Stage snapshots: the monitoring figures as they stood on a past day, rebuilt from the dated facts
 * the content keeps (approval history, visit log, dated indicator measurements, activity deadlines),
 * so that the site shows how a municipality moved between the stages.
 */
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { School } from '../schemas/schools.ts';
import type { StageCutoff } from './cycle.ts';
import { monitorSchool, rollUp, type RollUp, type SchoolMonitoring, type VisitLimits } from './monitoring.ts';

/**
 * The roadmap as it stood on `date`: the approval history up to that day (status = its last step,
 * «draft» before the first one), activities counted as done only when their deadline had come.
 * Undefined when the roadmap had not yet begun and had no approval step.
 */
export function roadmapAsOf(roadmap: Roadmap, date: string): Roadmap | undefined {
  const history = roadmap.approval.history.filter((h) => h.date <= date);
  if (!history.length && date < roadmap.period.start) return undefined;
  return {
    ...roadmap,
    approval: { status: history.at(-1)?.status ?? 'draft', history },
    // The content keeps no completion date: a done activity is taken as done by its deadline.
    activities: roadmap.activities.map((a) => (a.status === 'done' && a.end > date ? { ...a, status: 'in_progress' as const } : a)),
  };
}

/** One school's figures as they stood on `date`. */
export function monitorSchoolAt(id: string, school: School, roadmap: Roadmap | undefined, date: string, limits: VisitLimits, developmentUntil?: string): SchoolMonitoring {
  return monitorSchool(id, school, roadmap && roadmapAsOf(roadmap, date), date, limits, { developmentUntil });
}

export interface Snapshot {
  /** Stage key, or «today» for the build date. */
  key: string;
  label: string;
  date: string;
  rows: SchoolMonitoring[];
  figures: RollUp;
}

export interface TrackedSchool {
  id: string;
  school: School;
  roadmap?: Roadmap;
}

/**
 * The dated history of a set of schools: one snapshot per stage cut-off that has come by `today`,
 * then the figures as of `today`.
 */
export function snapshotHistory(schools: readonly TrackedSchool[], cutoffs: readonly StageCutoff[], today: string, limits: VisitLimits, developmentUntil?: string): Snapshot[] {
  const snapshot = (key: string, label: string, date: string, rows: SchoolMonitoring[]): Snapshot => ({ key, label, date, rows, figures: rollUp(rows) });
  const past = cutoffs
    .filter((c) => c.date <= today)
    .map((c) => snapshot(c.key, c.label, c.date, schools.map((s) => monitorSchoolAt(s.id, s.school, s.roadmap, c.date, limits, developmentUntil))));
  // Today the content itself is the state: done means done, whatever the deadline.
  const now = schools.map((s) => monitorSchool(s.id, s.school, s.roadmap, today, limits, { developmentUntil }));
  return [...past, snapshot('today', 'На дату сборки сайта', today, now)];
}
