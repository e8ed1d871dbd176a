import type { APIRoute } from 'astro';
import { roadmapPaths, site } from '../content.ts';
import { roadmapIcs } from '../lib/roadmap-files.ts';

/** /shkoly/<id>/<year>.ics in the dev server; the build writes these files itself (see roadmap.json.ts). */
export const getStaticPaths = roadmapPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(roadmapIcs(await site(), props.roadmap.data), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
