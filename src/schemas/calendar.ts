import { z } from 'astro/zod';
import { EVENT_LEVELS, MONITORING_STAGES, PROGRAMME_STAGES, REVIEW_KINDS, ROLES, keysOf } from '../data/lists.ts';
import { isoDate, listOrEmpty, optional, slug, text } from './common.ts';

/** What one role does during an event. */
export const calendarActionSchema = z.strictObject({
  /** Role id. */
  role: z.enum(keysOf(ROLES)),
  /** What the role does. */
  text,
});

/** One event or week of the yearly calendar. */
export const calendarEventSchema = z.strictObject({
  /** Stable id within the year, used as the anchor on calendar pages. */
  id: slug,
  /** First day. */
  start: isoDate,
  /** Last day (equal to start for a one-day event). */
  end: isoDate,
  /** What happens. */
  title: text,
  /** Who organises it. */
  level: z.enum(keysOf(EVENT_LEVELS)),
  /** Organiser in words (e.g. «ФИОКО»), when not a role of the programme. */
  organiser: optional(text),
  /** Programme stage the event belongs to. */
  stage: optional(z.enum(keysOf(PROGRAMME_STAGES))),
  /** The document the date comes from, named in words (not a file name). */
  source: text,
  /** Id of an event of the same year that another document dates differently (both are shown). */
  differsFrom: optional(slug),
  /** The stage of monitoring whose cut-off date this event is (a dated snapshot of the figures). */
  snapshot: optional(z.enum(keysOf(MONITORING_STAGES))),
  /** Review whose deadline is the event's last day (curator's queue); one event per kind and year. */
  review: optional(z.enum(keysOf(REVIEW_KINDS))),
  /** What each role does. */
  actions: listOrEmpty(calendarActionSchema),
});

/** content/calendar/<year>.yaml: the yearly calendar. */
export const calendarSchema = z.strictObject({
  /** Year; equals the file name. */
  year: z.number().int().min(2020).max(2100),
  /** Events in date order. */
  events: z.array(calendarEventSchema).min(1),
});

export type Calendar = z.infer<typeof calendarSchema>;
export type CalendarEvent = z.infer<typeof calendarEventSchema>;
