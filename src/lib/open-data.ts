/** Open data: which collections are published as JSON, and their JSON Schemas from the zod schemas. */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';

/** Collections published as one file each; schools, roadmaps and self-diagnoses are split by municipality. */
export const OPEN_DATA: { name: CollectionName; title: string; byMunicipality?: boolean }[] = [
  { name: 'settings', title: 'Настройки сайта' },
  { name: 'methodology', title: 'Методика (поля страниц)' },
  { name: 'roles', title: 'Роли участников' },
  { name: 'directions', title: 'Направления рисков' },
  { name: 'deficits', title: 'Перечень дефицитов' },
  { name: 'measures', title: 'Каталог мер' },
  { name: 'practices', title: 'Лучшие практики' },
  { name: 'templates', title: 'Шаблоны документов' },
  { name: 'calendar', title: 'Календарь' },
  { name: 'municipalities', title: 'Муниципалитеты и программы поддержки' },
  { name: 'schools', title: 'Школы', byMunicipality: true },
  { name: 'roadmaps', title: 'Дорожные карты', byMunicipality: true },
  { name: 'municipalRoadmaps', title: 'Дорожные карты муниципалитетов' },
  { name: 'selfDiagnoses', title: 'Самодиагностика школ', byMunicipality: true },
];

/**
 * JSON Schema (draft 2020-12) of one entry of a collection, as published: the input side of the
 * zod schema, so that files and exports (dates as YYYY-MM-DD text) validate against it.
 */
export function jsonSchemaOf(name: CollectionName): Record<string, unknown> {
  const schema = z.toJSONSchema(COLLECTIONS[name].schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: `/dannye/${name}.schema.json`, title: name };
}
