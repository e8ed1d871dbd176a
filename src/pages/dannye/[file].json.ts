import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonSchemaOf, OPEN_DATA } from '../../lib/open-data.ts';
import type { CollectionName } from '../../schemas/index.ts';

/**
 * /dannye/<collection>.json (entries as {id, data, body?}) and /dannye/<collection>.schema.json.
 * Schools and roadmaps are published per municipality (/dannye/<collection>/<municipality>.json).
 */
export function getStaticPaths() {
  return OPEN_DATA.flatMap((c) => [
    { params: { file: `${c.name}.schema` }, props: { name: c.name, schema: true } },
    ...(c.byMunicipality ? [] : [{ params: { file: c.name }, props: { name: c.name, schema: false } }]),
  ]);
}

export const GET: APIRoute = async ({ props }) => {
  const { name, schema } = props as { name: CollectionName; schema: boolean };
  if (schema) return json(jsonSchemaOf(name));
  const entries = await getCollection(name);
  return json(entries.map((e) => ({ id: e.id, data: stripId(e.data), ...('body' in e && e.body !== undefined && name !== 'methodology' ? { body: e.body } : {}) })));
};

function stripId(data: unknown) {
  // The deficits loader adds an id to each entry; the published data follows the schema.
  if (data && typeof data === 'object' && 'id' in data) {
    const { id: _id, ...rest } = data as Record<string, unknown>;
    return rest;
  }
  return data;
}

function json(body: unknown) {
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
