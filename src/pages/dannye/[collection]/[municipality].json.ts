import type { APIRoute } from 'astro';
import { site } from '../../../content.ts';

/** /dannye/schools/<municipality>.json, /dannye/roadmaps/<municipality>.json and /dannye/selfDiagnoses/<municipality>.json. */
export async function getStaticPaths() {
  const { municipalities } = await site();
  return ['schools', 'roadmaps', 'selfDiagnoses'].flatMap((collection) =>
    municipalities.map((m) => ({ params: { collection, municipality: m.id }, props: { collection, municipality: m.id } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const s = await site();
  const { collection, municipality } = props as { collection: 'schools' | 'roadmaps' | 'selfDiagnoses'; municipality: string };
  const schools = s.schoolsByMunicipality.get(municipality) ?? [];
  const ids = new Set(schools.map((x) => x.id));
  const entries =
    collection === 'schools' ? schools
    : collection === 'roadmaps' ? schools.flatMap((x) => s.roadmapsBySchool.get(x.id) ?? [])
    : [...s.selfDiagnoses.values()].filter((d) => ids.has(d.data.school)).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(JSON.stringify(entries.map((e) => ({ id: e.id, data: e.data })), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
