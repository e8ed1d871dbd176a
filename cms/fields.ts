/**
 * Turns the shape of one schema field (cms/shape.ts) into a Decap field: widget, Russian label and
 * hint (cms/labels.ts), `required` and `min` as the schema says, select options from src/data/lists.ts,
 * relation widgets for references to other entries.
 */
import * as LISTS from '../src/data/lists.ts';
import { FIELD_LABELS, type EditableCollection, type FieldLabel } from './labels.ts';
import { schoolsCollection } from './names.ts';
import type { FieldShape, Shape } from './shape.ts';
import { customWidget } from './custom-fields.ts';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** What a field's config may depend on besides its shape: the collection and its municipality. */
export interface FieldContext {
  collection: EditableCollection;
  /** Municipality id of a per-municipality collection (schools, roadmaps). */
  municipality?: string;
  /** Year of the current cycle (settings): the default year of a new roadmap. */
  cycleYear?: number;
  /** Short titles of the risk directions by code (content/directions), for direction selects. */
  directionTitles?: Record<string, string>;
}

/** Every labelled fixed list of src/data/lists.ts: enum options are matched to one of them. */
const LABELLED_LISTS: Record<string, string>[] = Object.values(LISTS).filter(
  (v): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v),
);

/** Russian labels of an enum's options, from the data list with exactly these keys. */
export function optionLabels(options: string[]): Record<string, string> | undefined {
  const key = [...options].sort().join('|');
  return LABELLED_LISTS.find((list) => Object.keys(list).sort().join('|') === key);
}

const { DIRECTION_CODES } = LISTS;

const isDirectionEnum = (shape: Shape) => shape.kind === 'enum' && shape.options.join('|') === DIRECTION_CODES.join('|');

const PATTERN_MESSAGES: Record<string, string> = {
  slug: 'только строчные латинские буквы, цифры и дефис',
  url: 'адрес, начинающийся с https:// (или путь на сайте, начинающийся с /)',
};

/** A reference to entries of another collection by file name; shown by the first search field. */
function relation(collection: string, searchFields: string[], extra: Record<string, unknown> = {}) {
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: searchFields,
    display_fields: [searchFields[0]],
    options_length: 50,
    ...extra,
  };
}

/**
 * The catalogue of measures links to the directions collection itself; elsewhere (roadmaps, schools,
 * practices: forms with many direction fields) the ten fixed codes are a select, which costs nothing
 * to render, labelled with their short titles from content/directions.
 */
const RELATION_TO_DIRECTIONS = new Set(['measures']);

function directionChoice(ctx: FieldContext) {
  if (RELATION_TO_DIRECTIONS.has(ctx.collection)) return { ...DIRECTIONS_RELATION };
  const titles = ctx.directionTitles ?? {};
  return { widget: 'select', options: DIRECTION_CODES.map((code) => ({ label: titles[code] ? `${code} — ${titles[code]}` : code, value: code })) };
}

const DIRECTIONS_RELATION = {
  widget: 'relation',
  collection: 'directions',
  value_field: 'code',
  search_fields: ['code', 'shortTitle', 'title'],
  display_fields: ['code', 'shortTitle'],
};

/** References to entries of other collections, by collection and field path. */
const RELATIONS: Record<string, (ctx: FieldContext) => Record<string, unknown>> = {
  'schools:municipality': (ctx) => relation('municipalities', ['name'], ctx.municipality ? { default: ctx.municipality } : {}),
  'schools:partnerSchool': (ctx) => relation(schoolsCollection(ctx.municipality!), ['shortName', 'fullName']),
  'roadmaps:school': (ctx) => relation(schoolsCollection(ctx.municipality!), ['shortName', 'fullName']),
  'roadmaps:activities.measure': () => relation('measures', ['title']),
  'selfDiagnoses:school': (ctx) => relation(schoolsCollection(ctx.municipality!), ['shortName', 'fullName']),
  'practices:municipality': () => relation('municipalities', ['name']),
  'practices:measures': () => relation('measures', ['title'], { multiple: true }),
  'municipalRoadmaps:municipality': () => relation('municipalities', ['name']),
};

/** Values a new entry (or a new list item) starts with. */
const DEFAULTS: Record<string, (ctx: FieldContext) => unknown> = {
  'roadmaps:year': (ctx) => ctx.cycleYear,
  'roadmaps:activities.status': () => 'planned',
  'selfDiagnoses:year': (ctx) => ctx.cycleYear,
  'measures:review.status': () => 'draft',
  'municipalRoadmaps:year': (ctx) => ctx.cycleYear,
  'municipalRoadmaps:actions.status': () => 'planned',
  'municipalRoadmaps:approval.status': () => 'draft',
  'municipalRoadmaps:approval.history.status': () => 'draft',
  'practices:review.status': () => 'draft',
};

/** Readable one-line summaries of list items (Decap templates: always `{{fields.x}}`). */
const SUMMARIES: Record<string, string> = {
  'roadmaps:directions': '{{fields.direction}} {{fields.justification | truncate(60)}}',
  'roadmaps:tasks': '{{fields.id}}: {{fields.text | truncate(80)}}',
  'roadmaps:indicators': '{{fields.id}}: {{fields.name | truncate(60)}} ({{fields.baseline}} → {{fields.target}} {{fields.unit}})',
  'roadmaps:indicators.actuals': '{{fields.date}}: {{fields.value}}',
  'roadmaps:activities': '{{fields.task}} · {{fields.title | truncate(60)}} · до {{fields.end}}',
  'roadmaps:activities.evidence': '{{fields.stage}}: {{fields.title | truncate(60)}} · {{fields.approval.status}}',
  'selfDiagnoses:risks': '{{fields.direction}}: {{fields.decision}}',
  'selfDiagnoses:directions': '{{fields.direction}} {{fields.reason | truncate(60)}}',
  'schools:riskProfile': '{{fields.direction}}: {{fields.significance}}',
  'schools:visits': '{{fields.date}}: {{fields.purpose | truncate(60)}}',
  'calendar:events': '{{fields.start}}–{{fields.end}}: {{fields.title | truncate(60)}}',
  'calendar:events.actions': '{{fields.role}}: {{fields.text | truncate(60)}}',
  'municipalities:programme.events': '{{fields.title | truncate(80)}}',
  'municipalities:programme.deficitFindings': '{{fields.school}}',
  'municipalities:programme.monitoring.data': '{{fields.date}}: {{fields.indicator | truncate(50)}} — {{fields.value}} {{fields.unit}}',
  'municipalities:lowResultSchools': '{{fields.school}}: {{fields.coordinator.position}}',
  'schools:plannedVisits': '{{fields.date}}: {{fields.purpose | truncate(60)}}',
  'municipalRoadmaps:actions': '{{fields.text | truncate(70)}}',
  'municipalRoadmaps:actions.evidence': '{{fields.title}}',
  'municipalRoadmaps:approval.history': '{{fields.date}}: {{fields.status}} ({{fields.by}})',
  'deficits:deficits': '{{fields.number}}. {{fields.title | truncate(80)}}',
};

export function labelFor(collection: EditableCollection, path: string): FieldLabel {
  const label = FIELD_LABELS[collection][path];
  if (!label) throw new Error(`cms/labels.ts: нет подписи для поля ${collection}.${path}. Добавьте её.`);
  return label;
}

/** The Decap field for one schema field. */
export function decapField(ctx: FieldContext, path: string, field: FieldShape): DecapField {
  const text = labelFor(ctx.collection, path);
  const base = {
    name: field.name,
    label: text.label,
    ...(text.hint ? { hint: text.hint } : {}),
    required: field.required,
  };
  const rel = RELATIONS[`${ctx.collection}:${path}`];
  const initial = DEFAULTS[`${ctx.collection}:${path}`]?.(ctx);
  const custom = customWidget(ctx.collection, path, field.shape);
  const widget = custom ?? (rel ? { ...rel(ctx), ...listMin(field.shape) } : widgetFor(ctx, path, field.shape, text, field.required));
  return { ...base, ...widget, ...(initial !== undefined ? { default: initial } : {}) } as DecapField;
}

function listMin(shape: Shape) {
  return shape.kind === 'list' && shape.min > 0 ? { min: shape.min } : {};
}

function widgetFor(ctx: FieldContext, path: string, shape: Shape, text: FieldLabel, required = true): Record<string, unknown> & { widget: string } {
  switch (shape.kind) {
    case 'string':
      return {
        widget: text.long ? 'text' : 'string',
        ...(shape.pattern ? { pattern: [shape.pattern, PATTERN_MESSAGES[shape.format ?? ''] ?? 'значение не подходит по формату'] } : {}),
      };
    case 'date':
      // date_format + time_format: false gives a date input and stores plain YYYY-MM-DD.
      return { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false };
    case 'number':
      return {
        widget: 'number',
        value_type: shape.int ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
      };
    case 'boolean':
      // A required yes/no starts as «no», so that it is written; an optional one stays absent until set.
      return { widget: 'boolean', ...(required ? { default: false } : {}) };
    case 'enum':
      return isDirectionEnum(shape) ? directionChoice(ctx) : select(shape.options, path, ctx);
    case 'object':
      return { widget: 'object', collapsed: false, fields: shape.fields.map((f) => decapField(ctx, `${path}.${f.name}`, f)) };
    case 'list':
      return listWidget(ctx, path, shape, text);
  }
}

function select(options: string[], path: string, ctx: FieldContext) {
  const labels = optionLabels(options);
  if (!labels) throw new Error(`cms/fields.ts: для значений поля ${ctx.collection}.${path} (${options.join(', ')}) нет списка с подписями в src/data/lists.ts.`);
  return { widget: 'select', options: options.map((value) => ({ label: labels[value], value })) };
}

function listWidget(ctx: FieldContext, path: string, shape: Extract<Shape, { kind: 'list' }>, text: FieldLabel) {
  const min = listMin(shape);
  const item = shape.item;
  if (item.kind === 'enum') {
    // A list of fixed values is one multiple choice.
    const choice = isDirectionEnum(item) ? directionChoice(ctx) : select(item.options, path, ctx);
    return { ...choice, multiple: true, ...min };
  }
  if (item.kind === 'object') {
    const first = item.fields.find((f) => f.shape.kind === 'string' || f.shape.kind === 'date');
    const summary = SUMMARIES[`${ctx.collection}:${path}`] ?? (first ? `{{fields.${first.name}}}` : undefined);
    return {
      widget: 'list',
      ...(text.singular ? { label_singular: text.singular } : {}),
      collapsed: true,
      ...(summary ? { summary } : {}),
      ...min,
      fields: item.fields.map((f) => decapField(ctx, `${path}.${f.name}`, f)),
    };
  }
  // A list of plain values: one inner field, labelled as one value.
  const inner = { name: 'item', label: text.item ?? text.label, ...widgetFor(ctx, path, item, { label: text.item ?? text.label, long: text.long }) };
  return { widget: 'list', ...(text.item ? { label_singular: text.item.toLowerCase() } : {}), ...min, field: inner };
}
