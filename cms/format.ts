/**
 * The file format the admin reads and writes (registered as a Decap custom format per collection).
 * Files stay readable in Git: keys in schema order, optional fields left out when Decap hands over
 * "" / [] / null, dates as plain YYYY-MM-DD, the same YAML style as hand-written files, so a
 * re-save of an unchanged file changes nothing. Pure: runs in the browser and in the unit tests.
 */
import yaml from 'js-yaml';
import type { CollectionShape } from './collections.ts';
import type { FieldShape, Shape } from './shape.ts';

/** YAML style of every content file: block style, double quotes only where needed, no folding. */
export const DUMP_OPTIONS: yaml.DumpOptions = {
  schema: yaml.CORE_SCHEMA,
  lineWidth: -1,
  quotingType: '"',
  noRefs: true,
  noCompatMode: true,
};

// The same split as the validator (src/validation/load.ts), plus an empty frontmatter.
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

type Data = Record<string, unknown>;
const DROP = Symbol('drop');

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);
}

function convert(value: unknown, shape: Shape): unknown {
  switch (shape.kind) {
    case 'object':
      return isPlainObject(value) ? orderFields(value, shape.fields) : value;
    case 'list':
      return Array.isArray(value) ? value.map((item) => convert(item, shape.item)).filter((item) => !isEmpty(item)) : value;
    case 'date':
      return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    default:
      return value;
  }
}

function fieldValue(value: unknown, field: FieldShape): unknown {
  const converted = convert(value, field.shape);
  if (converted === undefined || converted === null) return DROP;
  // An optional field Decap cleared ("" or []) is written as absent; a required one is kept so the validator names it.
  if (!field.required && isEmpty(converted)) return DROP;
  return converted;
}

/**
 * Keys in schema order; fields the schema does not know are kept after them (never lose data),
 * except CMS-only helpers whose names start with "__".
 */
export function orderFields(data: Data, fields: FieldShape[]): Data {
  const out: Data = {};
  for (const field of fields) {
    const value = fieldValue(data[field.name], field);
    if (value !== DROP) out[field.name] = value;
  }
  const known = new Set(fields.map((f) => f.name));
  for (const [key, value] of Object.entries(data)) {
    if (!known.has(key) && !key.startsWith('__') && key !== 'body' && value !== undefined) out[key] = value;
  }
  return out;
}

/** Reads a YAML file or a Markdown file (frontmatter + `body`) into plain data. Dates stay text. */
export function parseFile(text: string, markdown: boolean): Data {
  if (!markdown) return (yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Data | null) ?? {};
  const source = text.replace(/^\uFEFF/, '');
  const m = FRONTMATTER.exec(source);
  if (!m) return source.trim() ? { body: source } : {};
  const data = (yaml.load(m[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Data | null) ?? {};
  // One blank line separates the frontmatter from the body; it is not part of the body.
  const body = source.slice(m[0].length).replace(/^\r?\n/, '');
  return body ? { ...data, body } : data;
}

/** Writes data in the canonical form of its collection. */
export function serializeFile(data: Data, shape: CollectionShape): string {
  const ordered = orderFields(data, shape.fields);
  const front = Object.keys(ordered).length ? yaml.dump(ordered, DUMP_OPTIONS) : '';
  if (!shape.markdown) return front;
  const body = typeof data.body === 'string' ? data.body.replace(/^(\r?\n)+/, '') : '';
  if (!body.trim()) return `---\n${front}---\n`;
  return `---\n${front}---\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** A Decap custom formatter for one collection. */
export function createFormat(shape: CollectionShape) {
  return {
    fromFile: (content: string) => parseFile(content, shape.markdown),
    toFile: (data: Data) => serializeFile(data, shape),
  };
}
