/**
 * Warnings, not errors: a deadline that falls on a Saturday, a Sunday or a public holiday of the
 * Russian production calendar (src/data/production-calendar.ts). The build goes on; the validator
 * prints them so that an editor can move the date to a working day unless the source insists.
 */
import { toIsoDate } from '../schemas/common.ts';
import { fieldPath, type ContentError, type RawEntry } from './content-errors.ts';
import { formatShort } from './dates.ts';
import { arr, obj, type Obj, type Path } from './raw.ts';
import { addDays, isWorkingDay, nonWorkingReason } from './working-days.ts';

/** The working day before a date (within two weeks). */
export function previousWorkingDay(iso: string): string {
  let day = addDays(iso, -1);
  for (let i = 0; i < 14 && !isWorkingDay(day); i++) day = addDays(day, -1);
  return day;
}

/** The warning for one date, or undefined when it is a working day (or not a day-precision date). */
export function dayOffWarning(value: unknown): string | undefined {
  const iso = toIsoDate(value);
  const why = iso && nonWorkingReason(iso);
  if (!iso || !why) return undefined;
  return `срок ${iso} приходится на ${why === 'нерабочий праздничный день' ? why : why === 'суббота' ? 'субботу' : 'воскресенье'}. Если документ-источник не требует именно этот день, перенесите срок на рабочий день (ближайший раньше — ${formatShort(previousWorkingDay(iso))}).`;
}

/** Date fields to check in an entry's data, by collection. */
function datesOf(collection: string, data: Obj): [Path, unknown][] {
  const out: [Path, unknown][] = [];
  const term = (path: Path, t: unknown) => {
    const o = obj(t);
    out.push([[...path, 'from'], o.from], [[...path, 'to'], o.to]);
  };
  switch (collection) {
    case 'calendar':
      arr(data.events).forEach((e, i) => out.push([['events', i, 'start'], obj(e).start], [['events', i, 'end'], obj(e).end]));
      break;
    case 'roadmaps':
      arr(data.activities).forEach((a, i) => out.push([['activities', i, 'end'], obj(a).end]));
      break;
    case 'municipalities': {
      const p = obj(data.programme);
      const d = obj(p.diagnosticsPeriod);
      out.push([['programme', 'diagnosticsPeriod', 'start'], d.start], [['programme', 'diagnosticsPeriod', 'end'], d.end]);
      arr(p.events).forEach((e, i) => term(['programme', 'events', i, 'when'], obj(e).when));
      arr(p.coordinatorSupport).forEach((c, i) => term(['programme', 'coordinatorSupport', i, 'when'], obj(c).when));
      break;
    }
    case 'municipalRoadmaps':
      arr(data.actions).forEach((a, i) => term(['actions', i, 'when'], obj(a).when));
      break;
  }
  return out;
}

/** Every deadline on a day off, as warnings in the validator's error format. */
export function checkWorkingDays(entries: readonly RawEntry[]): ContentError[] {
  const warnings: ContentError[] = [];
  for (const e of entries) {
    for (const [path, value] of datesOf(e.collection, obj(e.data))) {
      const message = dayOffWarning(value);
      if (message) warnings.push({ file: e.file, field: fieldPath(path), message });
    }
  }
  return warnings;
}
