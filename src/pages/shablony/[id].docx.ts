import type { APIRoute } from 'astro';
import { site } from '../../content.ts';
import { templateDocxBuffer } from '../../lib/template-docx.ts';
import type { Template } from '../../schemas/templates.ts';

/** /shablony/<id>.docx: the template as a Word file (three templates: built at build time). */
export async function getStaticPaths() {
  const { templates } = await site();
  return templates.map((t) => ({ params: { id: t.id }, props: { template: t.data } }));
}

export const GET: APIRoute = async ({ props }) => {
  const body = await templateDocxBuffer((props as { template: Template }).template);
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
