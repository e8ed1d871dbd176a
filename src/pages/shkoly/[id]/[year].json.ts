import type { APIRoute } from 'astro';
import { roadmapPaths, site } from '../../../content.ts';
import { roadmapContext } from '../../../lib/roadmap-context.ts';
import type { RoadmapExport } from '../../../lib/roadmap-export.ts';

export const getStaticPaths = roadmapPaths;

/** /shkoly/<id>/<year>.json: the roadmap as published (valid under /dannye/roadmaps.schema.json) and the names it uses. */
export const GET: APIRoute = async ({ props }) => {
  const s = await site();
  const body: RoadmapExport = { roadmap: props.roadmap.data, context: roadmapContext(s, props.roadmap.data) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
