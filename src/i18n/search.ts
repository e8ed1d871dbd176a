/**
 * The strings of the search scripts that run in the browser (the site's and the federal search):
 * ru-search.json only, so that a search page does not download every interface string of the site
 * (ru.json is ~36 KB). Pages and server code use index.ts, which holds both files.
 */
import search from './ru-search.json';
import { fillTemplate } from './template.ts';

export type SearchKey = keyof typeof search;

export function t(key: SearchKey): string {
  return search[key];
}

export function say(key: SearchKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(t(key), vars);
}
