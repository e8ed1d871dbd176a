/**
 * Visit compliance against the frequencies of seeds 000/001: at least weekly while the documents
 * are developed, at least every 3–4 weeks during implementation. The summer break (June–August,
 * when the calendar has no visits) does not count towards a gap.
 */
import { daysBetween } from './dates.ts';

export interface Phase {
  /** Name shown to the reader. */
  name: string;
  start: string;
  end: string;
  /** Longest allowed interval between contacts, days. */
  maxIntervalDays: number;
}

export interface Gap {
  from: string;
  to: string;
  /** Counted days (summer excluded). */
  days: number;
}

export interface PhaseCompliance {
  phase: Phase;
  visits: number;
  longestGap: number;
  /** Intervals longer than allowed. */
  violations: Gap[];
  compliant: boolean;
}

/** Days between two dates not counting June–August. */
export function countedDays(from: string, to: string): number {
  let days = daysBetween(from, to);
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const s = from > `${y}-06-01` ? from : `${y}-06-01`;
    const e = to < `${y}-09-01` ? to : `${y}-09-01`;
    if (s < e) days -= daysBetween(s, e);
  }
  return days;
}

/** Checks the gaps between consecutive contacts within a phase, from its start to its end. */
export function phaseCompliance(phase: Phase, visitDates: readonly string[]): PhaseCompliance {
  const inside = [...visitDates].filter((d) => d >= phase.start && d <= phase.end).sort();
  const points = [phase.start, ...inside, phase.end];
  const violations: Gap[] = [];
  let longestGap = 0;
  for (let i = 1; i < points.length; i++) {
    const days = countedDays(points[i - 1], points[i]);
    longestGap = Math.max(longestGap, days);
    if (days > phase.maxIntervalDays) violations.push({ from: points[i - 1], to: points[i], days });
  }
  return { phase, visits: inside.length, longestGap, violations, compliant: violations.length === 0 };
}

/** What, besides the approval, bounds the phases of a school's year. */
export interface PhaseOptions {
  /** Spans of the roadmap's activities: the school is implementing from the first one on. */
  activities?: readonly { start: string; end: string }[];
  /** Last day of the calendar's document-development time; weekly contact is not asked for after it. */
  developmentUntil?: string;
}

const earliest = (...dates: (string | undefined)[]) => dates.filter((d): d is string => !!d).sort()[0];

/**
 * The phases of a school's year. Development runs from the roadmap's start until the approval, the
 * start of the first activity or the end of the calendar's development time, whichever comes first:
 * a roadmap approved in September does not make February–September weekly-visit time when the
 * school has been working since March. Implementation runs from there to the end of the last
 * activity (or `asOf`, or the period end, whichever is earlier).
 */
export function schoolPhases(
  period: { start: string; end: string },
  approvedOn: string | undefined,
  asOf: string,
  limits: { development: number; implementation: number },
  options: PhaseOptions = {},
): Phase[] {
  const until = earliest(asOf, period.end)!;
  if (until <= period.start) return [];
  const activities = options.activities ?? [];
  const firstStart = activities.map((a) => a.start).sort()[0];
  const lastEnd = activities.map((a) => a.end).sort().at(-1);
  const devEnd = earliest(approvedOn, firstStart, options.developmentUntil);
  if (!devEnd || devEnd >= until) {
    return [{ name: 'Разработка документов', start: period.start, end: until, maxIntervalDays: limits.development }];
  }
  const phases: Phase[] = [];
  if (devEnd > period.start) phases.push({ name: 'Разработка документов', start: period.start, end: devEnd, maxIntervalDays: limits.development });
  const implEnd = lastEnd && lastEnd > devEnd ? earliest(lastEnd, until)! : until;
  phases.push({ name: 'Реализация мероприятий', start: devEnd > period.start ? devEnd : period.start, end: implEnd, maxIntervalDays: limits.implementation });
  return phases;
}

/** A planned visit beside the log: made (the logged visit), missed, or still ahead. */
export interface PlannedVisitState<P, V> {
  planned: P;
  /** The logged visit that fulfils it. */
  visit?: V;
  state: 'done' | 'missed' | 'upcoming';
}

/** Days a logged visit may be away from the planned day and still count as that visit. */
export const PLAN_TOLERANCE_DAYS = 7;

/**
 * Matches each planned visit with the nearest logged visit of the same role within
 * PLAN_TOLERANCE_DAYS (each logged visit fulfils one plan at most); returns the plan in date order
 * and the logged visits that were not planned.
 */
export function planAgainstLog<P extends { date: string; byRole: string }, V extends { date: string; byRole: string }>(
  planned: readonly P[],
  log: readonly V[],
  asOf: string,
): { plan: PlannedVisitState<P, V>[]; unplanned: V[] } {
  const free = new Set(log.map((_, i) => i));
  const plan = [...planned].sort((a, b) => a.date.localeCompare(b.date)).map((p): PlannedVisitState<P, V> => {
    let best: number | undefined;
    for (const i of free) {
      const gap = Math.abs(daysBetween(p.date, log[i].date));
      if (log[i].byRole === p.byRole && log[i].date <= asOf && gap <= PLAN_TOLERANCE_DAYS && (best === undefined || gap < Math.abs(daysBetween(p.date, log[best].date)))) best = i;
    }
    if (best !== undefined) {
      free.delete(best);
      return { planned: p, visit: log[best], state: 'done' };
    }
    return { planned: p, state: daysBetween(p.date, asOf) > PLAN_TOLERANCE_DAYS ? 'missed' : 'upcoming' };
  });
  return { plan, unplanned: [...free].map((i) => log[i]).filter((v) => v.date <= asOf).sort((a, b) => a.date.localeCompare(b.date)) };
}
