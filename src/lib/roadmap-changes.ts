/**
 * «Что изменилось после возврата»: a field-level comparison of a roadmap as it was when the curator
 * returned it and as it is now — added, removed and changed tasks, indicators and activities.
 * Pure functions on plain roadmap data; the version at the return comes from Git (src/content-history.ts).
 */
import type { ApprovalStep } from '../schemas/approval.ts';
import type { Activity, Indicator, Roadmap } from '../schemas/roadmaps.ts';
import { sameValue } from './history.ts';

/** What is compared; shaped like a roadmap, possibly an invalid old version. */
export type RoadmapLike = Pick<Roadmap, 'tasks' | 'indicators' | 'activities'>;

export interface FieldChange {
  /** Field name inside the item (`end`, `baseline`…). */
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  kind: 'added' | 'removed' | 'changed';
  /** Task or indicator id; for an activity, its task id. */
  id: string;
  /** Task text, indicator name or activity title (of the current version when it exists). */
  title: string;
  /** Changed fields (for `changed` only). */
  fields: FieldChange[];
}

export interface RoadmapChanges {
  tasks: ItemChange[];
  indicators: ItemChange[];
  activities: ItemChange[];
}

/** Fields compared, in the order they are shown. */
const TASK_FIELDS = ['direction', 'text'] as const;
const INDICATOR_FIELDS = ['name', 'unit', 'baseline', 'target', 'method', 'actuals'] as const;
const ACTIVITY_FIELDS = ['task', 'measure', 'title', 'start', 'end', 'stage', 'responsible', 'indicator', 'expectedResult', 'status', 'evidence'] as const;

function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields.filter((f) => !sameValue(blank(before[f]), blank(after[f]))).map((field) => ({ field, before: before[field], after: after[field] }));
}

/** A missing field, "" and [] mean the same: not set. */
const blank = (v: unknown) => (v === '' || v === null || (Array.isArray(v) && v.length === 0) ? undefined : v);

function byId<T extends { id: string }>(before: readonly T[], after: readonly T[], title: (x: T) => string, fields: readonly (keyof T & string)[]): ItemChange[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  const out: ItemChange[] = [];
  for (const x of after) {
    const prev = old.get(x.id);
    if (!prev) out.push({ kind: 'added', id: x.id, title: title(x), fields: [] });
    else {
      const changed = fieldChanges(prev, x, fields);
      if (changed.length) out.push({ kind: 'changed', id: x.id, title: title(x), fields: changed });
    }
  }
  for (const x of before) if (!now.has(x.id)) out.push({ kind: 'removed', id: x.id, title: title(x), fields: [] });
  return out;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Activities have no ids: an activity is the same one when its title is (in its task first, then
 * anywhere); left over ones of one task with the same measure are taken as renamed.
 */
export function matchActivities(before: readonly Activity[], after: readonly Activity[]): [Activity | undefined, Activity | undefined][] {
  const free = new Set(before);
  const pairs: [Activity | undefined, Activity | undefined][] = [];
  const take = (test: (a: Activity) => boolean) => {
    const found = [...free].find(test);
    if (found) free.delete(found);
    return found;
  };
  const unmatched: Activity[] = [];
  for (const a of after) {
    const prev = take((b) => b.task === a.task && norm(b.title) === norm(a.title)) ?? take((b) => norm(b.title) === norm(a.title));
    if (prev) pairs.push([prev, a]);
    else unmatched.push(a);
  }
  for (const a of unmatched) {
    const prev = a.measure ? take((b) => b.task === a.task && b.measure === a.measure) : undefined;
    pairs.push([prev, a]);
  }
  for (const b of free) pairs.push([b, undefined]);
  return pairs;
}

export function roadmapChanges(before: RoadmapLike, after: RoadmapLike): RoadmapChanges {
  const activities: ItemChange[] = [];
  for (const [prev, now] of matchActivities(before.activities ?? [], after.activities ?? [])) {
    if (prev && now) {
      const changed = fieldChanges(prev, now, ACTIVITY_FIELDS);
      if (changed.length) activities.push({ kind: 'changed', id: now.task, title: now.title, fields: changed });
    } else if (now) activities.push({ kind: 'added', id: now.task, title: now.title, fields: [] });
    else if (prev) activities.push({ kind: 'removed', id: prev.task, title: prev.title, fields: [] });
  }
  return {
    tasks: byId(before.tasks ?? [], after.tasks ?? [], (t) => t.text, TASK_FIELDS),
    indicators: byId<Indicator>(before.indicators ?? [], after.indicators ?? [], (i) => i.name, INDICATOR_FIELDS),
    activities,
  };
}

export const changeCount = (c: RoadmapChanges) => c.tasks.length + c.indicators.length + c.activities.length;

const stepKey = (s: Pick<ApprovalStep, 'date' | 'status' | 'by' | 'comment'>) => [s.date, s.status, s.by, s.comment].map((v) => String(v ?? '').trim()).join('\u0000');

/** The latest `returned` step when a resubmission (`submitted`) follows it; otherwise undefined. */
export function returnBeforeResubmission(history: readonly ApprovalStep[]): ApprovalStep | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].status !== 'returned') continue;
    return history.slice(i + 1).some((s) => s.status === 'submitted') ? history[i] : undefined;
  }
  return undefined;
}

/**
 * True when a history already holds a resubmission after `step`: a version like that was written
 * after the return (the return and the resubmission reached Git in one commit), so it cannot show
 * the roadmap as it was returned.
 */
export function resubmittedAfter(history: readonly ApprovalStep[], step: ApprovalStep): boolean {
  const at = history.findIndex((s) => stepKey(s) === stepKey(step));
  return at >= 0 && history.slice(at + 1).some((s) => s.status === 'submitted');
}

/**
 * The version of the file as of the commit that added `step` to approval.history: walking back from
 * the newest version, the last one (oldest) that still holds the step. `historyOf` reads a version's
 * approval history (undefined when the version cannot be read).
 */
export function versionAtReturn<V>(versionsNewestFirst: readonly V[], step: ApprovalStep, historyOf: (v: V) => readonly ApprovalStep[] | undefined): V | undefined {
  const key = stepKey(step);
  let found: V | undefined;
  for (const v of versionsNewestFirst) {
    const steps = historyOf(v);
    if (!steps?.some((s) => stepKey(s) === key)) break;
    found = v;
  }
  return found;
}
