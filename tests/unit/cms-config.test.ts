import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { collectionShapes, EDITABLE_COLLECTIONS, type CollectionShape } from '../../cms/collections.ts';
import { configYaml } from '../../cms/build.ts';
import { generateConfig } from '../../cms/config.ts';
import { readCmsInputs } from '../../cms/content.ts';
import { optionLabels } from '../../cms/fields.ts';
import { FIELD_LABELS, type EditableCollection } from '../../cms/labels.ts';
import { fieldPaths, type FieldShape } from '../../cms/shape.ts';
import { DIRECTION_CODES } from '../../src/data/lists.ts';
import { customWidget } from '../../cms/custom-fields.ts';
import { splitCollectionName } from '../../cms/names.ts';

type DecapField = Record<string, any>;
type DecapCollection = Record<string, any>;

const shapes = collectionShapes();
const inputs = readCmsInputs(join(process.cwd(), 'content'));
const config = generateConfig(inputs);

/** Which schema a Decap collection edits. */
function schemaOf(collection: DecapCollection): EditableCollection {
  return splitCollectionName(collection.name)[0] as EditableCollection;
}

function fieldsOf(collection: DecapCollection): DecapField[] {
  return collection.files ? collection.files[0].fields : collection.fields;
}

/** Every way a Decap field can disagree with its schema field; [] when they agree. */
function fieldDrift(path: string, shape: FieldShape, field: DecapField | undefined): string[] {
  if (!field) return [`${path}: нет поля в CMS`];
  const errors: string[] = [];
  if (field.required !== shape.required) errors.push(`${path}: required ${field.required} ≠ ${shape.required}`);
  const s = shape.shape;
  // Approval blocks, threads and uploads have the project's own widgets, chosen by their shape.
  const custom = customWidget('roadmaps', path.replace(/^[^:]+: /, ''), s);
  if (custom || field.widget?.startsWith('shnor-')) {
    if (field.widget !== custom?.widget) errors.push(`${path}: виджет ${field.widget} ≠ ${custom?.widget}`);
    return errors;
  }
  const item = s.kind === 'list' ? s.item : undefined;
  const enumShape = s.kind === 'enum' ? s : item?.kind === 'enum' ? item : undefined;
  if (s.kind === 'list' && (field.min ?? 0) !== s.min) errors.push(`${path}: min ${field.min} ≠ ${s.min}`);
  if (enumShape) {
    if (item && !field.multiple) errors.push(`${path}: список значений должен быть множественным выбором`);
    const directions = enumShape.options.join('|') === DIRECTION_CODES.join('|');
    if (directions && field.widget === 'relation') {
      if (field.collection !== 'directions' || field.value_field !== 'code') errors.push(`${path}: направление не связано с разделом directions`);
    } else if (field.widget !== 'select') errors.push(`${path}: ожидается select`);
    else {
      const values = field.options.map((o: { value: string }) => o.value);
      if (values.join('|') !== enumShape.options.join('|')) errors.push(`${path}: варианты ${values} ≠ ${enumShape.options}`);
      else if (directions) {
        for (const o of field.options) if (!o.label.startsWith(o.value)) errors.push(`${path}: подпись «${o.label}» не начинается с кода`);
      } else for (const o of field.options) if (o.label !== optionLabels(enumShape.options)?.[o.value]) errors.push(`${path}: подпись «${o.label}» не из src/data/lists.ts`);
    }
    return errors;
  }
  if (field.widget === 'relation') return errors; // references to entries: checked in their own test
  switch (s.kind) {
    case 'string':
      if (!['string', 'text'].includes(field.widget)) errors.push(`${path}: виджет ${field.widget} для текста`);
      if ((field.pattern?.[0] ?? undefined) !== s.pattern) errors.push(`${path}: шаблон ${field.pattern?.[0]} ≠ ${s.pattern}`);
      break;
    case 'date':
      if (field.widget !== 'datetime' || field.date_format !== 'YYYY-MM-DD' || field.time_format !== false) errors.push(`${path}: дата должна вводиться как ГГГГ-ММ-ДД`);
      break;
    case 'number':
      if (field.widget !== 'number' || field.value_type !== (s.int ? 'int' : 'float')) errors.push(`${path}: число`);
      if (field.min !== s.min || field.max !== s.max) errors.push(`${path}: границы ${field.min}…${field.max} ≠ ${s.min}…${s.max}`);
      break;
    case 'boolean':
      if (field.widget !== 'boolean') errors.push(`${path}: да/нет`);
      break;
    case 'object':
      if (field.widget !== 'object') errors.push(`${path}: ожидается object`);
      errors.push(...fieldsDrift(`${path}.`, s.fields, field.fields));
      break;
    case 'list':
      if (field.widget !== 'list') errors.push(`${path}: ожидается list`);
      else if (s.item.kind === 'object') errors.push(...fieldsDrift(`${path}.`, s.item.fields, field.fields));
      else errors.push(...fieldDrift(`${path}[]`, { name: 'item', required: true, shape: s.item }, field.field ? { ...field.field, required: true } : undefined));
      break;
  }
  return errors;
}

function fieldsDrift(prefix: string, shapeFields: FieldShape[], fields: DecapField[] = [], markdown = false): string[] {
  const errors = shapeFields.flatMap((f) => fieldDrift(prefix + f.name, f, fields.find((d) => d.name === f.name)));
  const known = new Set(shapeFields.map((f) => f.name));
  for (const d of fields) {
    if (markdown && d.name === 'body') continue;
    if (!known.has(d.name)) errors.push(`${prefix}${d.name}: поля нет в схеме`);
  }
  if (fields.length !== new Set(fields.map((f) => f.name)).size) errors.push(`${prefix}: поле повторяется`);
  return errors;
}

/** Drift of a whole config against the schemas. */
function configDrift(cfg: { collections: DecapCollection[] }, shapesByName: Record<EditableCollection, CollectionShape>): string[] {
  return cfg.collections.flatMap((c) => {
    const shape = shapesByName[schemaOf(c)];
    return fieldsDrift(`${c.name}: `, shape.fields, fieldsOf(c), shape.markdown);
  });
}

describe('CMS config ↔ schemas', () => {
  it('has a Russian label for every schema field and none for fields that do not exist', () => {
    for (const collection of EDITABLE_COLLECTIONS) {
      const paths = fieldPaths(shapes[collection].fields).sort();
      expect(Object.keys(FIELD_LABELS[collection]).sort(), collection).toEqual(paths);
    }
  });

  it('edits every collection except methodology', () => {
    const edited = new Set(config.collections.map((c) => schemaOf(c)));
    expect([...edited].sort()).toEqual([...EDITABLE_COLLECTIONS].sort());
    expect(config.collections.some((c) => c.name === 'methodology')).toBe(false);
  });

  it('has one field per schema field, with the same required-ness, list minimum, type and options', () => {
    expect(configDrift(config, shapes)).toEqual([]);
  });

  it('notices drift: a field whose required-ness, options or presence changed', () => {
    const tampered = structuredClone(shapes);
    tampered.roadmaps.fields.find((f) => f.name === 'goal')!.required = false;
    const activity = tampered.roadmaps.fields.find((f) => f.name === 'activities')!.shape as Extract<FieldShape['shape'], { kind: 'list' }>;
    const status = (activity.item as Extract<FieldShape['shape'], { kind: 'object' }>).fields.find((f) => f.name === 'status')!;
    (status.shape as { options: string[] }).options.push('cancelled');
    tampered.schools.fields.push({ name: 'inn', required: true, shape: { kind: 'string' } });
    const drift = configDrift(config, tampered).join('\n');
    expect(drift).toContain('goal: required true ≠ false');
    expect(drift).toContain('activities.status: варианты');
    expect(drift).toContain('inn: нет поля в CMS');
  });

  it('gives schools and roadmaps one collection per municipality, with references inside it', () => {
    const names = new Set(config.collections.map((c) => c.name));
    expect(inputs.municipalities.length).toBeGreaterThan(0);
    for (const m of inputs.municipalities) {
      const roadmaps = config.collections.find((c) => c.name === `roadmaps-${m.id}`) as DecapCollection;
      const schools = config.collections.find((c) => c.name === `schools-${m.id}`) as DecapCollection;
      expect(roadmaps.folder).toBe(`content/roadmaps/${m.id}`);
      expect(schools.folder).toBe(`content/schools/${m.id}`);
      expect(roadmaps.fields.find((f: DecapField) => f.name === 'school').collection).toBe(`schools-${m.id}`);
      expect(schools.fields.find((f: DecapField) => f.name === 'municipality').default).toBe(m.id);
    }
    const relations: DecapField[] = [];
    const walk = (fields: DecapField[] = []) => fields.forEach((f) => (f.widget === 'relation' ? relations.push(f) : walk(f.fields ?? (f.field ? [f.field] : []))));
    config.collections.forEach((c) => walk(fieldsOf(c)));
    for (const r of relations) expect(names.has(r.collection), r.collection).toBe(true);
    const measures = config.collections.find((c) => c.name === 'measures') as DecapCollection;
    expect(measures.fields.find((f: DecapField) => f.name === 'directions')).toMatchObject({ widget: 'relation', collection: 'directions', multiple: true, min: 1 });
    const practices = config.collections.find((c) => c.name === 'practices') as DecapCollection;
    expect(practices.fields.find((f: DecapField) => f.name === 'measures')).toMatchObject({ widget: 'relation', collection: 'measures', multiple: true });
    const roadmap = config.collections.find((c) => c.name.startsWith('roadmaps-')) as DecapCollection;
    const activity = roadmap.fields.find((f: DecapField) => f.name === 'activities').fields;
    expect(activity.find((f: DecapField) => f.name === 'measure')).toMatchObject({ widget: 'relation', collection: 'measures', required: false });
    // Elsewhere the ten fixed directions are a select labelled with their short titles from content/directions.
    const chosen = roadmap.fields.find((f: DecapField) => f.name === 'directions').fields.find((f: DecapField) => f.name === 'direction');
    expect(chosen.options.map((o: { value: string }) => o.value)).toEqual([...DIRECTION_CODES]);
    expect(chosen.options[0].label).toBe(`R01 — ${inputs.directionTitles?.R01}`);
  });

  it('writes list summaries and slugs with {{fields.x}} only ({{year}} would be a date placeholder)', () => {
    const templates: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'summary' || key === 'slug') && typeof value === 'string') templates.push(value);
          else walk(value);
        }
      }
    };
    walk(config.collections);
    expect(templates.length).toBeGreaterThan(10);
    for (const t of templates) for (const [, name] of t.matchAll(/\{\{\s*([^}|\s]+)/g)) expect(name, t).toMatch(/^fields\./);
  });

  it('is in Russian, with the editorial workflow and the media folder', () => {
    expect(config.locale).toBe('ru');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.media_folder).toBe('public/uploads');
    expect(config.public_folder).toBe('/uploads');
    expect(config.backend.name).toBe(inputs.settings?.cms?.backend);
  });

  it('has no local backend in the published config: it points nowhere on the editor\'s machine', () => {
    expect(config).not.toHaveProperty('local_backend');
    const text = configYaml(config);
    for (const local of ['local_backend', '127.0.0.1', 'localhost', ':8081']) expect(text).not.toContain(local);
  });

  it('points at the guarded backend only when npm run cms passes its address (with the token)', () => {
    const url = 'http://127.0.0.1:8081/c2VjcmV0LXRva2Vu/api/v1';
    const local = generateConfig(inputs, { localBackendUrl: url });
    expect(local).toMatchObject({ local_backend: { url, allowed_hosts: ['127.0.0.1'] } });
    expect(configYaml(local)).toContain(`url: ${url}`);
  });

  it('sets sanitize_preview: true on every Markdown body', () => {
    const bodies = config.collections.filter((c) => shapes[schemaOf(c)].markdown).map((c) => fieldsOf(c).find((f: DecapField) => f.name === 'body'));
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).toMatchObject({ widget: 'markdown', sanitize_preview: true });
  });

  it('writes config.yml that reads back as the same config', () => {
    expect(yaml.load(configYaml(config))).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
