import type { APIRoute } from 'astro';
import { roadmapPaths, site } from '../content.ts';
import { roadmapJson } from '../lib/roadmap-files.ts';

/**
 * /shkoly/<id>/<year>.json in the dev server. The build writes these files itself after the pages
 * (src/integrations/roadmap-files.ts): one route per roadmap cost ~0.5 ms each at national scale.
 */
export const getStaticPaths = roadmapPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(roadmapJson(await site(), props.roadmap.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
