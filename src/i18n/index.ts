import site from './ru.json';
import search from './ru-search.json';

/** Every interface string: the site's (ru.json) and the browser search scripts' (ru-search.json, see search.ts). */
const ru = { ...site, ...search };

export type MessageKey = keyof typeof ru;

/** Interface string by key; every string a user sees lives in ru.json or ru-search.json. */
export function t(key: MessageKey): string {
  return ru[key];
}
