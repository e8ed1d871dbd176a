/**
 * Lists behind the monitoring figures: each overdue activity of a roadmap, and each school whose
 * curator visits are behind the required frequency. The figures themselves come from
 * src/lib/roadmap.ts (overdueActivities) and src/lib/monitoring.ts (monitorSchool).
 */
import type { ActivityStatus } from '../data/lists.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { School } from '../schemas/schools.ts';
import { daysBetween } from './dates.ts';
import { CONTACT_ROLES, monitorSchool, type SchoolMonitoring, type VisitLimits } from './monitoring.ts';
import type { SiteIndex } from './site-index.ts';
import { overdueActivities } from './roadmap.ts';

/** A school the programme tracks in a municipality: a «500+» school or one of its high-risk schools. */
export function isTracked(school: { id: string; data: Pick<School, 'project500'> }, highRiskIds: ReadonlySet<string>): boolean {
  return school.data.project500 || highRiskIds.has(school.id);
}

export interface OverdueActivity {
  schoolId: string;
  year: number;
  /** Number of the activity in the roadmap's plan (as the roadmap page numbers it). */
  number: number;
  title: string;
  end: string;
  /** Days since the deadline. */
  daysLate: number;
  status: ActivityStatus;
  responsible: string;
}

/** Overdue activities of one roadmap on `asOf`, the longest overdue first. */
export function overdueList(schoolId: string, roadmap: Roadmap, asOf: string): OverdueActivity[] {
  const late = new Set(overdueActivities(roadmap.activities, asOf));
  return roadmap.activities
    .map((a, i) => ({ a, number: i + 1 }))
    .filter(({ a }) => late.has(a))
    .map(({ a, number }) => ({ schoolId, year: roadmap.year, number, title: a.title, end: a.end, daysLate: daysBetween(a.end, asOf), status: a.status, responsible: a.responsible }))
    .sort((x, y) => x.end.localeCompare(y.end) || x.number - y.number);
}

export interface BehindOnVisits {
  schoolId: string;
  /** Last contact of the curator or the coordinator on or before asOf. */
  lastContact?: string;
  /** Days from the last contact (or from the roadmap's start, without one) to asOf. */
  daysWithoutContact: number;
  /** Intervals longer than allowed, over all phases. */
  violations: number;
  longestGap: number;
}

/** The school when its visits are behind the required frequency (monitorSchool's verdict), else undefined. */
export function behindOnVisits(row: SchoolMonitoring, school: Pick<School, 'visits'>, since: string, asOf: string): BehindOnVisits | undefined {
  if (row.roadmapYear === undefined || row.visitsCompliant) return undefined;
  const dates = school.visits.filter((v) => CONTACT_ROLES.includes(v.byRole) && v.date <= asOf).map((v) => v.date).sort();
  const lastContact = dates[dates.length - 1];
  return {
    schoolId: row.schoolId,
    lastContact,
    daysWithoutContact: daysBetween(lastContact ?? since, asOf),
    violations: row.compliance.reduce((n, c) => n + c.violations.length, 0),
    longestGap: Math.max(0, ...row.compliance.map((c) => c.longestGap)),
  };
}

export interface MunicipalityReport {
  municipalityId: string;
  /** Monitoring rows of the tracked schools. */
  rows: SchoolMonitoring[];
  overdue: OverdueActivity[];
  behind: BehindOnVisits[];
}

/** Overdue activities and schools behind on visits in one municipality, over its tracked schools' current roadmaps. */
export function municipalityReport(s: Pick<SiteIndex, 'municipality' | 'schoolsByMunicipality' | 'roadmapsBySchool'>, municipalityId: string, asOf: string, limits: VisitLimits, options: { developmentUntil?: string } = {}): MunicipalityReport {
  const highRisk = new Set(s.municipality.get(municipalityId)?.data.highRiskSchools.map((h) => h.school) ?? []);
  const tracked = (s.schoolsByMunicipality.get(municipalityId) ?? []).filter((x) => isTracked(x, highRisk));
  const report: MunicipalityReport = { municipalityId, rows: [], overdue: [], behind: [] };
  for (const school of tracked) {
    const roadmap = s.roadmapsBySchool.get(school.id)?.[0]?.data;
    const row = monitorSchool(school.id, school.data, roadmap, asOf, limits, options);
    report.rows.push(row);
    if (!roadmap) continue;
    report.overdue.push(...overdueList(school.id, roadmap, asOf));
    const behind = behindOnVisits(row, school.data, roadmap.period.start, asOf);
    if (behind) report.behind.push(behind);
  }
  report.overdue.sort((a, b) => a.end.localeCompare(b.end) || a.schoolId.localeCompare(b.schoolId) || a.number - b.number);
  report.behind.sort((a, b) => b.daysWithoutContact - a.daysWithoutContact || a.schoolId.localeCompare(b.schoolId));
  return report;
}
