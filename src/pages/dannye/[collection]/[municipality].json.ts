import type { APIRoute } from 'astro';
import { site } from '../../../content.ts';

/** /dannye/schools/<municipality>.json and /dannye/roadmaps/<municipality>.json. */
export async function getStaticPaths() {
  const { municipalities } = await site();
  return ['schools', 'roadmaps'].flatMap((collection) =>
    municipalities.map((m) => ({ params: { collection, municipality: m.id }, props: { collection, municipality: m.id } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const s = await site();
  const { collection, municipality } = props as { collection: 'schools' | 'roadmaps'; municipality: string };
  const schools = s.schoolsByMunicipality.get(municipality) ?? [];
  const entries = collection === 'schools' ? schools : schools.flatMap((x) => s.roadmapsBySchool.get(x.id) ?? []);
  return new Response(JSON.stringify(entries.map((e) => ({ id: e.id, data: e.data })), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
