import { t, type MessageKey } from './index.ts';
import { fillTemplate } from './template.ts';

/** The interface string `key` with its placeholders filled. */
export function say(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(t(key), vars);
}
