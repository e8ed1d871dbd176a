import type { APIRoute } from 'astro';
import { roadmapPaths, site } from '../../../content.ts';
import { toIcs } from '../../../lib/ics.ts';
import { roadmapIcsEvents } from '../../../lib/roadmap-export.ts';

export const getStaticPaths = roadmapPaths;

/** /shkoly/<id>/<year>.ics: the activities' terms for a calendar application. */
export const GET: APIRoute = async ({ props }) => {
  const s = await site();
  const r = props.roadmap.data;
  const name = `${s.school.get(r.school)?.data.shortName ?? r.school}: дорожная карта ${r.year}`;
  const pageUrl = `${s.settings.baseUrl}/shkoly/${r.school}/${r.year}/`;
  const body = toIcs(name, roadmapIcsEvents(r, new URL(s.settings.baseUrl).host, pageUrl), s.asOf);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
