import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionShapes } from '../../cms/collections.ts';
import { parseFile, serializeFile } from '../../cms/format.ts';
import type { EditableCollection } from '../../cms/labels.ts';
import { loadContent } from '../../src/validation/load.ts';

const root = process.cwd();
const shapes = collectionShapes();

describe('CMS file format: a re-save of an unchanged file changes nothing', () => {
  const { entries } = loadContent(root);
  const editable = entries.filter((e) => e.collection !== 'methodology');

  it('finds shipped content to check', () => {
    expect(editable.length).toBeGreaterThan(0);
  });

  it.each(editable.map((e) => [e.file, e.collection] as const))('%s', (file, collection) => {
    const text = readFileSync(join(root, file), 'utf8');
    const shape = shapes[collection as EditableCollection];
    const saved = serializeFile(parseFile(text, shape.markdown), shape);
    // When this fails, the file is not in the canonical form the CMS writes: run `npm run cms:format`.
    expect(saved).toBe(text);
  });
});

describe('CMS file format: what Decap hands over is written cleanly', () => {
  const roadmap = shapes.roadmaps;

  it('writes keys in schema order, also in nested objects and list items', () => {
    const data = {
      approval: { history: [{ by: 'curator', status: 'draft', date: '2025-02-01' }], status: 'draft' },
      goal: 'Цель',
      period: { end: '2025-12-20', start: '2025-01-15' },
      year: 2025,
      school: 'sosh-1',
    };
    expect(serializeFile(data, roadmap)).toMatchInlineSnapshot(`
      "school: sosh-1
      year: 2025
      period:
        start: 2025-01-15
        end: 2025-12-20
      goal: Цель
      approval:
        status: draft
        history:
          - date: 2025-02-01
            status: draft
            by: curator
      "
    `);
  });

  it('drops "", [] and null of optional fields, keeps required ones for the validator to name', () => {
    const data = {
      school: 'sosh-1',
      goal: '',
      activities: [{ task: 't1', measure: '', title: 'Семинар', indicator: null, expectedResult: 'Итог', evidence: [], status: 'planned' }],
      tasks: [],
      example: '',
    };
    const text = serializeFile(data, roadmap);
    expect(text).toContain('goal: ""');
    expect(text).toContain('tasks: []');
    expect(text).not.toMatch(/measure|indicator|evidence|example/);
  });

  it('writes dates as plain YYYY-MM-DD, also from Date objects, and numbers typed as text as numbers', () => {
    const text = serializeFile({ period: { start: new Date('2025-03-01T00:00:00Z'), end: '2025-05-31' }, year: '2025' }, roadmap);
    expect(text).toBe('year: 2025\nperiod:\n  start: 2025-03-01\n  end: 2025-05-31\n');
  });

  it('keeps fields the schema does not know (no silent data loss) but not CMS helpers', () => {
    expect(serializeFile({ year: 2025, extra: 'x', __id: 'sosh-1-2025' }, roadmap)).toBe('year: 2025\nextra: x\n');
  });

  it('drops empty items that Decap creates in lists', () => {
    expect(serializeFile({ activities: [{}, { title: 'А' }] }, roadmap)).toBe('activities:\n  - title: А\n');
  });

  it('quotes only where YAML needs it, with double quotes', () => {
    const text = serializeFile({ indicators: [{ id: 'i1', name: 'Доля: учащихся', unit: '%', baseline: 34, target: 25, method: 'анкета' }] }, roadmap);
    expect(text).toContain('name: "Доля: учащихся"');
    expect(text).toContain('unit: "%"');
  });

  it('splits and joins Markdown frontmatter and body with one blank line', () => {
    const measure = shapes.measures;
    const data = parseFile('---\ntitle: Мера\n---\n\n## Зачем\n\nТекст\n', true);
    expect(data).toEqual({ title: 'Мера', body: '## Зачем\n\nТекст\n' });
    expect(serializeFile(data, measure)).toBe('---\ntitle: Мера\n---\n\n## Зачем\n\nТекст\n');
    expect(serializeFile({ title: 'Мера', body: '' }, measure)).toBe('---\ntitle: Мера\n---\n');
  });
});
