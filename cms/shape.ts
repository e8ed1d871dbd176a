/**
 * Reads the zod schemas of src/schemas into a plain, JSON-serialisable description ("shape") of
 * every field: its name, whether it is required, its type, options and limits. The CMS config
 * generator, the YAML format of the admin and the drift test all work from this one description,
 * so the CMS cannot disagree with the schemas without a test noticing.
 */
import type { z } from 'astro/zod';
import { isoDate, slug, uploadPath, url } from '../src/schemas/common.ts';

export type Shape =
  | { kind: 'string'; pattern?: string; format?: 'slug' | 'url' | 'upload' }
  | { kind: 'date' }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'object'; fields: FieldShape[] }
  | { kind: 'list'; item: Shape; min: number };

export interface FieldShape {
  name: string;
  /** The schema rejects the field when it is missing (after "" / [] / null are treated as missing). */
  required: boolean;
  shape: Shape;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): { _zod: { def: Record<string, unknown> } }[] =>
  (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];

/** Strips preprocessing, optional and pipes down to the schema that describes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current === isoDate) return current;
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') current = def.innerType as z.ZodType;
    else if (def.type === 'pipe' && defOf(def.in).type === 'transform') current = def.out as z.ZodType;
    else return current;
  }
}

/** The shape of one value schema. */
export function shapeOf(schema: z.ZodType): Shape {
  const inner = unwrap(schema);
  if (inner === isoDate) return { kind: 'date' };
  if (inner === slug) return { kind: 'string', format: 'slug', pattern: patternOf(defOf(inner)) };
  if (inner === url) return { kind: 'string', format: 'url', pattern: patternOf(defOf(inner)) };
  if (inner === uploadPath) return { kind: 'string', format: 'upload', pattern: patternOf(defOf(inner)) };
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      const pattern = patternOf(def);
      return pattern ? { kind: 'string', pattern } : { kind: 'string' };
    }
    case 'number':
      return numberShape(def);
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: Object.values(def.entries as Record<string, string>) };
    case 'object':
      return { kind: 'object', fields: fieldsOf(inner) };
    case 'array': {
      const min = checksOf(def).find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      return { kind: 'list', item: shapeOf(def.element as z.ZodType), min: Number(min ?? 0) };
    }
    default:
      throw new Error(`cms/shape.ts: schema type «${def.type}» is not supported; add it here and in cms/config.ts.`);
  }
}

function patternOf(def: Def): string | undefined {
  const check = checksOf(def).find((c) => c._zod.def.format === 'regex');
  return check ? (check._zod.def.pattern as RegExp).source : undefined;
}

function numberShape(def: Def): Shape {
  const checks = checksOf(def).map((c) => c._zod.def);
  const int = checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'));
  const shape: Shape = { kind: 'number', int };
  // An exclusive bound of an integer is the next integer; Decap knows only inclusive bounds.
  const step = (c: Record<string, unknown>) => (c.inclusive || !int ? 0 : 1);
  for (const c of checks) {
    if (c.check === 'greater_than') shape.min = Number(c.value) + step(c);
    if (c.check === 'less_than') shape.max = Number(c.value) - step(c);
  }
  return shape;
}

/** The fields of an object schema, in schema order. */
export function fieldsOf(schema: z.ZodType): FieldShape[] {
  const def = defOf(unwrap(schema));
  if (def.type !== 'object') throw new Error('cms/shape.ts: expected an object schema');
  return Object.entries(def.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    // The schema itself says whether a missing value is accepted: list() rejects it, listOrEmpty() and optional() do not.
    required: !field.safeParse(undefined).success,
    shape: shapeOf(field),
  }));
}

/** Every field path of a shape: `a`, `a.b` for object fields and list items' fields. */
export function fieldPaths(fields: FieldShape[], prefix = ''): string[] {
  const paths: string[] = [];
  for (const field of fields) {
    const path = prefix + field.name;
    paths.push(path);
    const item = field.shape.kind === 'list' ? field.shape.item : field.shape;
    if (item.kind === 'object') paths.push(...fieldPaths(item.fields, `${path}.`));
  }
  return paths;
}
