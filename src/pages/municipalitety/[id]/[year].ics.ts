import type { APIRoute } from 'astro';
import { municipalRoadmapPaths, site } from '../../../content.ts';
import { toIcs } from '../../../lib/ics.ts';
import { municipalIcsEvents } from '../../../lib/municipal-roadmap.ts';

export const getStaticPaths = municipalRoadmapPaths;

/** /municipalitety/<id>/<year>.ics: the actions' terms for a calendar application. */
export const GET: APIRoute = async ({ props }) => {
  const s = await site();
  const r = props.roadmap.data;
  const name = `${s.municipality.get(r.municipality)?.data.name ?? r.municipality}: дорожная карта ${r.year}`;
  const pageUrl = `${s.settings.baseUrl}/municipalitety/${r.municipality}/${r.year}/`;
  const body = toIcs(name, municipalIcsEvents(r, new URL(s.settings.baseUrl).host, pageUrl), s.today);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
