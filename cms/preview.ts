/**
 * Preview templates of the admin. Like the site, they show what an editor wrote as text only:
 * every value becomes a React text node (escaped), never HTML. The one exception is the Markdown
 * body, rendered by Decap's own Markdown preview with `sanitize_preview: true` (raw HTML removed).
 */
import { createElement as h, type ReactNode } from 'react';
import { statusLabel } from '../src/data/approval.ts';
import { ROLES } from '../src/data/lists.ts';
import { readApproval, readThread } from './cycle-actions.ts';
import { APPROVAL_WIDGET, THREAD_WIDGET } from './names.ts';

/** A Decap field config as plain data (the subset the preview reads). */
interface FieldConfig {
  name: string;
  label?: string;
  widget?: string;
  options?: (string | { label: string; value: string })[];
  fields?: FieldConfig[];
  field?: FieldConfig;
  /** Approval widget: document or evidence. */
  cycle?: string;
}

interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  fields: { toJS: () => FieldConfig[] };
  collection: { get: (key: string) => unknown };
  widgetFor: (name: string) => ReactNode;
}

const toPlain = (value: unknown): unknown =>
  value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function optionLabel(field: FieldConfig, value: unknown): string {
  const option = field.options?.find((o) => (typeof o === 'string' ? o : o.value) === value);
  return option && typeof option !== 'string' ? option.label : String(value);
}

/** One value as React nodes: text, a nested definition list or a list. */
function renderValue(field: FieldConfig, value: unknown): ReactNode {
  if (field.widget === 'boolean') return value ? 'да' : 'нет';
  if (field.widget === APPROVAL_WIDGET) {
    const cycle = field.cycle === 'evidence' ? 'evidence' : 'document';
    const steps = readApproval(value)?.history ?? [];
    return h('ol', null, ...steps.map((s, i) => h('li', { key: i }, `${s.date}: ${statusLabel(s.status, cycle)} (${ROLES[s.by] ?? s.by})${s.comment ? ` — ${s.comment}` : ''}`)));
  }
  if (field.widget === THREAD_WIDGET) return h('ol', null, ...readThread(value).map((c, i) => h('li', { key: i }, `${c.date}, ${ROLES[c.by] ?? c.by}: ${c.text}`)));
  if (field.widget === 'select') {
    return Array.isArray(value) ? value.map((v) => optionLabel(field, v)).join(', ') : optionLabel(field, value);
  }
  if (Array.isArray(value)) {
    const item = field.fields ? { name: 'item', widget: 'object', fields: field.fields } : (field.field ?? { name: 'item' });
    if (field.widget === 'relation') return value.map(String).join(', ');
    return h('ol', null, ...value.map((v, i) => h('li', { key: i }, renderValue(item, v))));
  }
  if (field.fields && value && typeof value === 'object') return renderFields(field.fields, value as Record<string, unknown>);
  return String(value);
}

function renderFields(fields: FieldConfig[], data: Record<string, unknown>): ReactNode {
  const rows = fields
    .filter((f) => f.widget !== 'markdown' && !isEmpty(data[f.name]))
    .flatMap((f) => [h('dt', { key: `${f.name}-t` }, f.label ?? f.name), h('dd', { key: `${f.name}-d` }, renderValue(f, data[f.name]))]);
  return h('dl', null, ...rows);
}

const TITLE_FIELDS = ['title', 'name', 'shortName', 'school', 'code'];

/** The preview of any collection: heading, fields in config order, then the Markdown body. */
export function EntryPreview(props: PreviewProps): ReactNode {
  const data = (toPlain(props.entry.getIn(['data'])) ?? {}) as Record<string, unknown>;
  const fields = props.fields.toJS();
  const titleField = TITLE_FIELDS.find((name) => typeof data[name] === 'string' && data[name]);
  const year = typeof data.year === 'number' && titleField === 'school' ? ` — ${data.year}` : '';
  const heading = titleField ? `${data[titleField]}${year}` : String(props.collection.get('label_singular') ?? props.collection.get('label') ?? '');
  const hasBody = fields.some((f) => f.name === 'body' && f.widget === 'markdown');
  return h(
    'article',
    { className: 'shnor-preview' },
    h('h1', null, heading),
    renderFields(fields, data),
    hasBody ? h('section', { className: 'shnor-preview-body' }, props.widgetFor('body')) : null,
  );
}

/** Styles of the preview frame (inline: the admin's CSP allows inline styles, not scripts). */
export const PREVIEW_CSS = `
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; margin: 1.5rem; }
.shnor-preview h1 { font-size: 1.6rem; margin: 0 0 1rem; }
.shnor-preview dl { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .35rem 1rem; margin: 0 0 1rem; }
.shnor-preview dd dl { grid-template-columns: minmax(6rem, 11rem) 1fr; }
.shnor-preview dt { font-weight: 600; color: #444; }
.shnor-preview dd { margin: 0; white-space: pre-line; }
.shnor-preview ol { margin: 0; padding-left: 1.25rem; }
.shnor-preview ol > li { margin-bottom: .5rem; }
.shnor-preview-body { border-top: 1px solid #ccc; padding-top: 1rem; }
`;
