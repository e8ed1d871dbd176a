/**
 * Cost of generating roadmap DOCX files in Node: `count` roadmaps of a corpus through
 * roadmapDocxBuffer (src/lib/roadmap-docx.ts), the same code the browser runs from the roadmap JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roadmapContext } from '../../src/lib/roadmap-context.ts';
import { roadmapDocxBuffer } from '../../src/lib/roadmap-docx.ts';
import { directionSchema } from '../../src/schemas/directions.ts';
import { municipalitySchema } from '../../src/schemas/municipalities.ts';
import { roadmapSchema, type Roadmap } from '../../src/schemas/roadmaps.ts';
import { schoolSchema } from '../../src/schemas/schools.ts';
import { measureSchema } from '../../src/schemas/measures.ts';
import { parseFrontmatter, parseYaml } from '../../src/validation/load.ts';

export interface DocxCost {
  count: number;
  msPerDoc: number;
  p95Ms: number;
  bytesPerDoc: number;
  /** Extrapolated single-core time for `extrapolateTo` roadmaps, seconds. */
  extrapolatedS: number;
  extrapolateTo: number;
}

const yamlIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.yaml')).map((d) => join(d.parentPath, d.name));
const id = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');

export async function docxCost(corpus: string, count = 200, extrapolateTo = 20000): Promise<DocxCost> {
  const roadmapFiles = yamlIn(join(corpus, 'roadmaps')).sort().slice(0, count);
  const roadmaps: Roadmap[] = roadmapFiles.map((f) => roadmapSchema.parse(parseYaml(readFileSync(f, 'utf8'))));
  const wanted = new Set(roadmaps.map((r) => r.school));
  const school = new Map(yamlIn(join(corpus, 'schools')).filter((f) => wanted.has(id(f))).map((f) => [id(f), { id: id(f), data: schoolSchema.parse(parseYaml(readFileSync(f, 'utf8'))) }]));
  const municipality = new Map(yamlIn(join(corpus, 'municipalities')).map((f) => [id(f), { id: id(f), data: municipalitySchema.parse(parseYaml(readFileSync(f, 'utf8'))) }]));
  const directionTitles = Object.fromEntries(yamlIn(join(corpus, 'directions')).map((f) => [id(f), directionSchema.parse(parseYaml(readFileSync(f, 'utf8'))).shortTitle]));
  const measureDir = join(corpus, 'measures');
  const measureTitles = Object.fromEntries(readdirSync(measureDir).map((f) => [id(f), measureSchema.parse(parseFrontmatter(readFileSync(join(measureDir, f), 'utf8')).data).title]));
  const site = { school, municipality, directionTitles, measureTitles } as unknown as Parameters<typeof roadmapContext>[0];

  for (const r of roadmaps.slice(0, 5)) await roadmapDocxBuffer(r, roadmapContext(site, r)); // warm-up
  const times: number[] = [];
  let bytes = 0;
  for (const r of roadmaps) {
    const t0 = performance.now();
    const buf = await roadmapDocxBuffer(r, roadmapContext(site, r));
    times.push(performance.now() - t0);
    bytes += buf.length;
  }
  const total = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: roadmaps.length, msPerDoc: total / roadmaps.length, p95Ms: sorted[Math.floor(sorted.length * 0.95)],
    bytesPerDoc: bytes / roadmaps.length, extrapolateTo, extrapolatedS: (total / roadmaps.length) * extrapolateTo / 1000,
  };
}
