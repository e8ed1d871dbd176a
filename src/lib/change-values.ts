/**
 * Values of a roadmap comparison (src/lib/roadmap-changes.ts) as short Russian text: dates as
 * ДД.ММ.ГГГГ, stages and statuses by their labels, measures by title, lists as their items.
 */
import { ACTIVITY_STAGES, ACTIVITY_STATUSES } from '../data/lists.ts';
import { formatShort } from './dates.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

type Labels = { empty: string; measureTitles: Record<string, string> };

function scalar(value: unknown): string {
  if (typeof value === 'string' && ISO.test(value)) return formatShort(value);
  if (typeof value === 'number') return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(value);
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return String(value);
}

/** One item of a list field: a link by its title, a measurement as «date: value». */
function listItem(value: unknown): string {
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('date' in o && 'value' in o) return `${scalar(o.date)}: ${scalar(o.value)}`;
    if ('title' in o) return String(o.title);
    return Object.values(o).map(scalar).join(', ');
  }
  return scalar(value);
}

export function changeValue(field: string, value: unknown, labels: Labels): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return labels.empty;
  if (Array.isArray(value)) return value.map(listItem).join('; ');
  if (field === 'stage' && typeof value === 'string') return ACTIVITY_STAGES[value as keyof typeof ACTIVITY_STAGES] ?? value;
  if (field === 'status' && typeof value === 'string') return ACTIVITY_STATUSES[value as keyof typeof ACTIVITY_STATUSES] ?? value;
  if (field === 'measure' && typeof value === 'string') return labels.measureTitles[value] ?? value;
  return scalar(value);
}
