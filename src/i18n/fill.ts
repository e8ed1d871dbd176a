import { t, type MessageKey } from './index.ts';

/** Interface string with its {placeholders} filled in: fill('history.more', { shown: 15, total: 40 }). */
export function fill(key: MessageKey, values: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
