import { t, type MessageKey } from './index.ts';

/** A template string with its {placeholders} filled: fill('Найдено: {n}', { n: 3 }). */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** The interface string `key` with its placeholders filled. */
export function say(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(t(key), vars);
}
