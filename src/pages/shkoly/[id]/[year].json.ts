import type { APIRoute } from 'astro';
import { site } from '../../../content.ts';
import { roadmapContext } from '../../../lib/roadmap-context.ts';
import type { RoadmapExport } from '../../../lib/roadmap-export.ts';

export async function getStaticPaths() {
  const { roadmaps } = await site();
  return roadmaps.map((roadmap) => ({ params: { id: roadmap.data.school, year: String(roadmap.data.year) }, props: { roadmap: roadmap.data } }));
}

/** /shkoly/<id>/<year>.json: the roadmap as published (valid under /dannye/roadmaps.schema.json) and the names it uses. */
export const GET: APIRoute = async ({ props }) => {
  const s = await site();
  const body: RoadmapExport = { roadmap: props.roadmap, context: roadmapContext(s, props.roadmap) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
