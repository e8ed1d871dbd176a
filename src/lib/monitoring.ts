/**
 * Monitoring figures per school, per municipality and for the region, as of a date.
 * Everything is computed here from plain content, once per build.
 */
import type { ApprovalStatus, RoleId } from '../data/lists.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { School } from '../schemas/schools.ts';
import { approvalDate, meanProgress, overdueActivities, statusCounts } from './roadmap.ts';
import { phaseCompliance, schoolPhases, type PhaseCompliance, type PhaseOptions } from './visits.ts';

export interface VisitLimits {
  development: number;
  implementation: number;
}

export interface SchoolMonitoring {
  schoolId: string;
  roadmapYear?: number;
  approvalStatus?: ApprovalStatus;
  activities: number;
  done: number;
  overdue: number;
  visits: number;
  compliance: PhaseCompliance[];
  /** All phases compliant (true when there is nothing to check yet). */
  visitsCompliant: boolean;
  /** Mean share of the way from baseline to target over measured indicators, 0…1. */
  progress?: number;
}

/** Roles whose contacts count towards the visit frequency (seeds 000/001: the municipal curator/coordinator). */
export const CONTACT_ROLES: readonly RoleId[] = ['curator', 'municipal-coordinator'];

/**
 * One school's figures as of a date. Visit phases follow the roadmap's activities (src/lib/visits.ts);
 * `developmentUntil` is the end of the calendar's document-development time, when known.
 */
export function monitorSchool(
  id: string,
  school: School,
  roadmap: Roadmap | undefined,
  asOf: string,
  limits: VisitLimits,
  options: Pick<PhaseOptions, 'developmentUntil'> = {},
): SchoolMonitoring {
  const visitDates = school.visits.filter((v) => CONTACT_ROLES.includes(v.byRole) && v.date <= asOf).map((v) => v.date);
  const phases = roadmap ? schoolPhases(roadmap.period, approvalDate(roadmap), asOf, limits, { ...options, activities: roadmap.activities }) : [];
  const compliance = phases.map((p) => phaseCompliance(p, visitDates));
  const counts = roadmap ? statusCounts(roadmap.activities) : undefined;
  return {
    schoolId: id,
    roadmapYear: roadmap?.year,
    approvalStatus: roadmap?.approval.status,
    activities: roadmap?.activities.length ?? 0,
    done: counts?.done ?? 0,
    overdue: roadmap ? overdueActivities(roadmap.activities, asOf).length : 0,
    visits: visitDates.length,
    compliance,
    visitsCompliant: compliance.every((c) => c.compliant),
    progress: roadmap ? meanProgress(roadmap.indicators, asOf) : undefined,
  };
}

export interface RollUp {
  schools: number;
  withRoadmap: number;
  byApproval: Record<ApprovalStatus, number>;
  activities: number;
  done: number;
  overdue: number;
  schoolsWithOverdue: number;
  visitsCompliant: number;
  /** Mean of the schools' progress, over schools that have one. */
  progress?: number;
}

export function rollUp(rows: readonly SchoolMonitoring[]): RollUp {
  const byApproval: Record<ApprovalStatus, number> = { draft: 0, submitted: 0, returned: 0, approved: 0, in_progress: 0, completed: 0 };
  const progress = rows.map((r) => r.progress).filter((p): p is number => p !== undefined);
  for (const r of rows) if (r.approvalStatus) byApproval[r.approvalStatus] += 1;
  return {
    schools: rows.length,
    withRoadmap: rows.filter((r) => r.roadmapYear !== undefined).length,
    byApproval,
    activities: rows.reduce((s, r) => s + r.activities, 0),
    done: rows.reduce((s, r) => s + r.done, 0),
    overdue: rows.reduce((s, r) => s + r.overdue, 0),
    schoolsWithOverdue: rows.filter((r) => r.overdue > 0).length,
    visitsCompliant: rows.filter((r) => r.roadmapYear !== undefined && r.visitsCompliant).length,
    progress: progress.length ? progress.reduce((a, b) => a + b, 0) / progress.length : undefined,
  };
}

/**
 * The deficits × schools matrix of the municipal programme: a school has a deficit when a direction
 * of high or medium significance in its risk profile covers that deficit (directions' legacyDeficits).
 */
export function deficitMatrix(
  deficits: readonly { number: number }[],
  directions: readonly { code: string; legacyDeficits: number[] }[],
  schools: readonly { id: string; riskProfile: School['riskProfile'] }[],
): Map<number, string[]> {
  const covers = new Map(directions.map((d) => [d.code, new Set(d.legacyDeficits)]));
  const matrix = new Map<number, string[]>(deficits.map((d) => [d.number, []]));
  for (const s of schools) {
    const significant = s.riskProfile.filter((r) => r.significance !== 'low').map((r) => r.direction);
    for (const [n, list] of matrix) {
      if (significant.some((code) => covers.get(code)?.has(n))) list.push(s.id);
    }
  }
  return matrix;
}
