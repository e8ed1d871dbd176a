/**
 * «Создать дорожную карту по этой мере»: a link from a measure page into the admin that opens a new
 * roadmap whose first activity is filled in from the measure. Decap fills a new entry's fields from
 * the query string of its `#/collections/<name>/new?field.path=value` route; without a municipality
 * the admin first asks which municipality (cms/admin/prefill.ts).
 */
import { ROLES, type RoleId } from '../src/data/lists.ts';
import { roadmapsCollection } from './names.ts';

/** What the link takes from a measure (its id is the file name). */
export interface MeasureForLink {
  id: string;
  title: string;
  purpose: string;
  responsibleRoles?: readonly string[];
}

/** Query keys the admin reads to know a link came from a measure. */
export const PREFILL_MEASURE_KEY = 'activities.measure';

/** Field values of the new roadmap's first activity, as Decap's `new?` query string. */
export function prefillQuery(measure: MeasureForLink): string {
  const params = new URLSearchParams();
  params.set(PREFILL_MEASURE_KEY, measure.id);
  params.set('activities.title', measure.title);
  params.set('activities.expectedResult', measure.purpose);
  const role = measure.responsibleRoles?.find((r): r is RoleId => r in ROLES);
  if (role) params.set('activities.responsible', ROLES[role]);
  return params.toString();
}

/**
 * URL of the admin that creates a roadmap with the measure as its first activity.
 * With a municipality id it opens that municipality's roadmap form directly; without one the admin
 * lists the municipalities to choose from.
 */
export function createRoadmapLink(measure: MeasureForLink, municipalityId?: string, adminPath = '/admin/'): string {
  const query = prefillQuery(measure);
  return municipalityId
    ? `${adminPath}#/collections/${roadmapsCollection(municipalityId)}/new?${query}`
    : `${adminPath}?${query}`;
}
