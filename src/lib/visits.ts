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

/**
 * The two phases of a school's year: development from the roadmap's start to its approval,
 * implementation from the approval to `asOf` (or the period end, whichever is earlier).
 * Without an approval the whole time so far is development.
 */
export function schoolPhases(
  period: { start: string; end: string },
  approvedOn: string | undefined,
  asOf: string,
  limits: { development: number; implementation: number },
): Phase[] {
  const until = asOf < period.end ? asOf : period.end;
  if (until <= period.start) return [];
  if (!approvedOn || approvedOn >= until) {
    return [{ name: 'Разработка документов', start: period.start, end: until, maxIntervalDays: limits.development }];
  }
  return [
    { name: 'Разработка документов', start: period.start, end: approvedOn, maxIntervalDays: limits.development },
    { name: 'Реализация мероприятий', start: approvedOn, end: until, maxIntervalDays: limits.implementation },
  ];
}
