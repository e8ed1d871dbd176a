import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { COLLECTIONS } from './schemas/index.ts';
import { deficitSchema } from './schemas/deficits.ts';

/** Content folder; SHNOR_CONTENT points the build at another one (benchmark corpora, test sites). */
const ROOT = process.env.SHNOR_CONTENT ?? './content';

/** Entry id = file name without extension and without the municipality folder (DESIGN.md). */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

function folder(name: keyof typeof COLLECTIONS, pattern: string) {
  const spec = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern, base: `${ROOT}/${spec.path}`, generateId: byFileName }),
    schema: spec.schema,
  });
}

export const collections = {
  settings: folder('settings', '*.yaml'),
  methodology: folder('methodology', '*.mdx'),
  roles: folder('roles', '*.yaml'),
  directions: folder('directions', '*.yaml'),
  deficits: defineCollection({
    loader: file(`${ROOT}/deficits.yaml`, {
      parser: (text) => {
        const data = yaml.load(text) as { deficits: { number: number; title: string }[] };
        return data.deficits.map((d) => ({ id: String(d.number), ...d }));
      },
    }),
    schema: deficitSchema.extend({ id: z.string() }),
  }),
  measures: folder('measures', '*.md'),
  practices: folder('practices', '*.md'),
  templates: folder('templates', '*.yaml'),
  calendar: folder('calendar', '*.yaml'),
  municipalities: folder('municipalities', '*.yaml'),
  schools: folder('schools', '*/*.yaml'),
  roadmaps: folder('roadmaps', '*/*.yaml'),
  municipalRoadmaps: folder('municipalRoadmaps', '*.yaml'),
  selfDiagnoses: folder('selfDiagnoses', '*/*.yaml'),
};
