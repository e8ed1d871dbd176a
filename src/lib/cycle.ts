/**
 * Dates of the yearly cycle read from the calendar: the end of the document-development time
 * (weekly curator contact) and the cut-off days of the stage snapshots of monitoring.
 */
import { MONITORING_STAGES } from '../data/lists.ts';
import type { Calendar } from '../schemas/calendar.ts';

export type StageKey = keyof typeof MONITORING_STAGES;

export interface StageCutoff {
  key: StageKey;
  label: string;
  /** The cut-off day (the event's last day). */
  date: string;
  eventId: string;
  title: string;
  source: string;
}

/** Last day of the calendar's planning-stage events (development of the school's documents). */
export function developmentEnd(calendar: Pick<Calendar, 'events'> | undefined): string | undefined {
  return calendar?.events.filter((e) => e.stage === 'planning').map((e) => e.end).sort().at(-1);
}

/** The stage cut-offs the calendar marks, in date order. */
export function stageCutoffs(calendar: Pick<Calendar, 'events'> | undefined): StageCutoff[] {
  return (calendar?.events ?? [])
    .filter((e) => e.snapshot)
    .map((e) => ({ key: e.snapshot!, label: MONITORING_STAGES[e.snapshot!], date: e.end, eventId: e.id, title: e.title, source: e.source }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
