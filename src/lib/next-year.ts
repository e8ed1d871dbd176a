/**
 * «Создать дорожную карту на следующий год»: the new roadmap a school starts from — this year's
 * directions, tasks and indicators (this year's last measured value becomes the new baseline) and
 * activities without dates and with statuses reset; the approval starts again as a draft.
 * Dates are left for the school to fill in. Pure function on roadmap data.
 */
import type { Indicator, Roadmap } from '../schemas/roadmaps.ts';

/** A new roadmap before its dates are filled in: period, activity dates and the approval step's date are missing. */
export interface NextYearDraft {
  school: string;
  year: number;
  goal: string;
  directions: Roadmap['directions'];
  tasks: Roadmap['tasks'];
  indicators: Omit<Indicator, 'actuals'>[];
  activities: Omit<Roadmap['activities'][number], 'start' | 'end' | 'evidence'>[];
  approval: { status: 'draft'; history: { status: 'draft'; by: Roadmap['approval']['history'][number]['by'] }[] };
  example?: boolean;
}

/** The latest measured value (by date); undefined when nothing was measured. */
export function lastActual(indicator: Pick<Indicator, 'actuals'>): number | undefined {
  let latest: { date: string; value: number } | undefined;
  for (const a of indicator.actuals ?? []) if (!latest || a.date >= latest.date) latest = a;
  return latest?.value;
}

/** Drops keys whose value is undefined (Decap would write them as empty fields). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function nextYearRoadmap(r: Roadmap): NextYearDraft {
  const by = r.approval.history[0]?.by ?? 'school-director';
  return defined({
    school: r.school,
    year: r.year + 1,
    goal: r.goal,
    directions: r.directions.map((d) => defined({ ...d })),
    tasks: r.tasks.map((t) => ({ ...t })),
    indicators: r.indicators.map(({ actuals, ...i }) => ({ ...i, baseline: lastActual({ actuals }) ?? i.baseline })),
    activities: r.activities.map(({ start: _start, end: _end, evidence: _evidence, ...a }) => defined({ ...a, status: 'planned' as const })),
    approval: { status: 'draft' as const, history: [{ status: 'draft' as const, by }] },
    example: r.example || undefined,
  });
}
