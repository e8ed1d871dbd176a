import type { APIRoute } from 'astro';
import { municipalRoadmapPaths, site } from '../../../content.ts';
import { municipalRoadmapContext, type MunicipalRoadmapExport } from '../../../lib/municipal-roadmap.ts';

export const getStaticPaths = municipalRoadmapPaths;

/** /municipalitety/<id>/<year>.json: the municipal roadmap as published and the names it uses (the DOCX is built from it). */
export const GET: APIRoute = async ({ props }) => {
  const s = await site();
  const body: MunicipalRoadmapExport = { roadmap: props.roadmap.data, context: municipalRoadmapContext(s, props.roadmap.data) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
