import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const ROOT = process.env.SHNOR_CONTENT;
if (!ROOT) throw new Error('SHNOR_CONTENT is not set');
const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export const collections = {
  roadmaps: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: `${ROOT}/roadmaps`, generateId: byFileName }) }),
  measures: defineCollection({ loader: glob({ pattern: '*.md', base: `${ROOT}/measures` }) }),
  practices: defineCollection({ loader: glob({ pattern: '*.md', base: `${ROOT}/practices` }) }),
};
