/**
 * «Создать дорожную карту на следующий год»: a link from a roadmap page into the admin, and the admin
 * side that prefills the new roadmap. Like the measure link (cms/links.ts) it opens Decap's
 * `#/collections/roadmaps-<municipality>/new` form; a whole roadmap does not fit Decap's `new?field=`
 * query (it fills one list item at most), so the link names the source roadmap instead
 * (`?next-year=<school>/<year>`): the admin reads its published JSON (/shkoly/<school>/<year>.json),
 * turns it into next year's draft (src/lib/next-year.ts) and starts Decap with those values as the
 * form's defaults.
 */
import { nextYearRoadmap } from '../src/lib/next-year.ts';
import type { Roadmap } from '../src/schemas/roadmaps.ts';
import { roadmapsCollection } from './names.ts';

/** Query key of the admin address that names the source roadmap. */
export const NEXT_YEAR_KEY = 'next-year';

const SOURCE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/(\d{4})$/;

export function nextYearLink(school: string, year: number, municipality: string, adminPath = '/admin/'): string {
  return `${adminPath}?${NEXT_YEAR_KEY}=${encodeURIComponent(`${school}/${year}`)}#/collections/${roadmapsCollection(municipality)}/new`;
}

/** The source roadmap named by the admin's address, or undefined (also for anything that is not a school id and a year). */
export function nextYearSource(search: string): { school: string; year: number } | undefined {
  const m = SOURCE.exec(new URLSearchParams(search).get(NEXT_YEAR_KEY) ?? '');
  return m ? { school: m[1], year: Number(m[2]) } : undefined;
}

/** Where the admin (at /admin/) reads the source roadmap: its JSON export, relative to the admin page. */
export const sourceJsonPath = (source: { school: string; year: number }) => `../shkoly/${source.school}/${source.year}.json`;

interface ConfigField {
  name: string;
  widget?: string;
  fields?: ConfigField[];
  default?: unknown;
  [key: string]: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Sets `values` as the defaults of the fields (in place). Decap ignores the default of an object
 * field, so objects pass theirs down to their sub-fields; a list takes the whole list.
 */
export function applyDefaults(fields: ConfigField[], values: Record<string, unknown>): void {
  for (const field of fields) {
    if (!(field.name in values)) continue;
    const value = values[field.name];
    if (field.widget === 'object' && field.fields && isPlainObject(value)) applyDefaults(field.fields, value);
    else field.default = value;
  }
}

interface ConfigCollection {
  name: string;
  fields?: ConfigField[];
}

/**
 * The config with next year's roadmap as the defaults of the municipality's roadmap form. The
 * collection's fields are copied first: the generated config shares field objects between collections.
 */
export function prefillNextYear<C extends { collections: ConfigCollection[] }>(config: C, municipality: string, source: Roadmap): C {
  const name = roadmapsCollection(municipality);
  const collections = config.collections.map((c) => {
    if (c.name !== name || !c.fields) return c;
    const fields = structuredClone(c.fields);
    applyDefaults(fields, nextYearRoadmap(source) as unknown as Record<string, unknown>);
    return { ...c, fields };
  });
  return { ...config, collections };
}

/** The municipality of the form the address opens (`#/collections/roadmaps-<id>/new`). */
export function formMunicipality(hash: string): string | undefined {
  return /^#\/collections\/roadmaps-([a-z0-9-]+)\/new/.exec(hash)?.[1];
}
