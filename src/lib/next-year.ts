/**
 * «Создать дорожную карту на следующий год»: the new roadmap a school starts from — this year's
 * directions, tasks and indicators (this year's last measured value becomes the new baseline) and
 * activities without dates and with statuses reset. It has no approval block: the school starts
 * the cycle with the editor's approval actions («Записать как черновик» / «Отправить на согласование»),
 * which date the step themselves. Dates of the period and the activities are left to fill in. Pure function on roadmap data.
 */
import type { Indicator, Roadmap } from '../schemas/roadmaps.ts';

/** A new roadmap before its dates are filled in: period and activity dates are missing, and the approval block until the first action. */
export interface NextYearDraft {
  school: string;
  year: number;
  goal: string;
  directions: Roadmap['directions'];
  tasks: Roadmap['tasks'];
  indicators: Omit<Indicator, 'actuals'>[];
  activities: Omit<Roadmap['activities'][number], 'start' | 'end' | 'evidence'>[];
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
  return defined({
    school: r.school,
    year: r.year + 1,
    goal: r.goal,
    directions: r.directions.map((d) => defined({ ...d })),
    tasks: r.tasks.map((t) => ({ ...t })),
    indicators: r.indicators.map(({ actuals, ...i }) => ({ ...i, baseline: lastActual({ actuals }) ?? i.baseline })),
    activities: r.activities.map(({ start: _start, end: _end, evidence: _evidence, ...a }) => defined({ ...a, status: 'planned' as const })),
    example: r.example || undefined,
  });
}
