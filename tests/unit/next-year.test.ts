/**
 * «Создать дорожную карту на следующий год»: the draft made from this year's roadmap, the link, and
 * the admin config it prefills. The draft lacks only dates: once they are filled in, the validator
 * accepts it as a roadmap of the sample content.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateConfig } from '../../cms/config.ts';
import { readCmsInputs } from '../../cms/content.ts';
import { applyDefaults, formMunicipality, nextYearLink, nextYearSource, prefillNextYear, sourceJsonPath } from '../../cms/next-year.ts';
import { lastActual, nextYearRoadmap, type NextYearDraft } from '../../src/lib/next-year.ts';
import type { Roadmap } from '../../src/schemas/roadmaps.ts';
import { validateContent } from '../../src/validation/validate.ts';

const root = process.cwd();
const SOURCE = 'content/roadmaps/stepnoy/sosh-2-stepnoy-2025.yaml';
const { entries } = validateContent(root);
const source = entries.find((e) => e.file === SOURCE)!.data as Roadmap;
const sample = entries.find((e) => e.file === 'content/roadmaps/lesnogorsk/sosh-7-lesnogorsk-2025.yaml')!.data as Roadmap;

/** The draft with every date a school fills in (the period, each activity's dates) and the step the editor's first action appends. */
function withDates(draft: NextYearDraft) {
  const y = draft.year;
  return {
    ...draft,
    period: { start: `${y}-01-15`, end: `${y}-12-20` },
    activities: draft.activities.map((a, i) => ({ ...a, start: `${y}-0${(i % 8) + 1}-16`, end: `${y}-0${(i % 8) + 1}-28` })),
    approval: { status: 'draft', history: [{ date: `${y}-01-20`, status: 'draft', by: 'school-director' }] },
  };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function validateAsNewFile(data: unknown) {
  const copy = mkdtempSync(join(tmpdir(), 'shnor-i15-next-year-'));
  dirs.push(copy);
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  const file = `content/roadmaps/stepnoy/${source.school}-${source.year + 1}.yaml`;
  writeFileSync(join(copy, file), yaml.dump(data));
  return validateContent(copy).errors.filter((e) => e.file === file);
}

describe('nextYearRoadmap', () => {
  it('keeps directions, tasks and indicators; this year’s last actual becomes the baseline', () => {
    const draft = nextYearRoadmap(sample);
    expect(draft.year).toBe(2026);
    expect(draft.tasks).toEqual(sample.tasks);
    expect(draft.directions).toEqual(sample.directions);
    // i1 was measured 55 (May) and 58 (October): the baseline is 58; the target stays.
    expect(draft.indicators.find((i) => i.id === 'i1')).toMatchObject({ baseline: 58, target: 70 });
    expect(draft.indicators.every((i) => !('actuals' in i))).toBe(true);
    expect(lastActual({ actuals: [{ date: '2025-10-10', value: 58 }, { date: '2025-05-30', value: 55 }] })).toBe(58);
    expect(lastActual({ actuals: [] })).toBeUndefined();
  });

  it('copies activities without dates or evidence, statuses reset; no approval until the first action', () => {
    const draft = nextYearRoadmap(sample);
    expect(draft.activities).toHaveLength(sample.activities.length);
    expect(draft.activities.map((a) => a.title)).toEqual(sample.activities.map((a) => a.title));
    for (const a of draft.activities) {
      expect(Object.keys(a)).not.toEqual(expect.arrayContaining(['start']));
      expect(a).not.toHaveProperty('end');
      expect(a).not.toHaveProperty('evidence');
      expect(a.status).toBe('planned');
    }
    expect(draft).not.toHaveProperty('approval');
    expect(draft).not.toHaveProperty('period');
  });

  it('fails validation only on the dates left to fill in, and passes once they are filled', () => {
    const draft = nextYearRoadmap(source);
    const missing = validateAsNewFile(draft).map((e) => e.field);
    const activityDates = draft.activities.flatMap((_, i) => [`activities[${i}].start`, `activities[${i}].end`]);
    expect(missing.sort()).toEqual(['approval', 'period', ...activityDates].sort());
    expect(validateAsNewFile(withDates(draft))).toEqual([]);
  });
});

describe('the link and the admin', () => {
  it('opens the municipality’s new roadmap form and names the source roadmap', () => {
    const link = nextYearLink('sosh-2-stepnoy', 2025, 'stepnoy');
    expect(link).toBe('/admin/?next-year=sosh-2-stepnoy%2F2025#/collections/roadmaps-stepnoy/new');
    const url = new URL(link, 'https://shnor.example.org');
    expect(nextYearSource(url.search)).toEqual({ school: 'sosh-2-stepnoy', year: 2025 });
    expect(formMunicipality(url.hash)).toBe('stepnoy');
    expect(sourceJsonPath({ school: 'sosh-2-stepnoy', year: 2025 })).toBe('../shkoly/sosh-2-stepnoy/2025.json');
    for (const bad of ['?next-year=../../etc/2025', '?next-year=sosh-2%2F25', '?next-year=https://evil.example/x/2025', '']) expect(nextYearSource(bad)).toBeUndefined();
  });

  const config = generateConfig(readCmsInputs(join(root, 'content')));
  type Field = { name: string; widget: string; default?: unknown; fields?: Field[] };
  const fieldsOf = (c: typeof config, name: string) => (c.collections.find((x) => x.name === name) as unknown as { fields: Field[] }).fields;

  it('prefills every field of the draft in that municipality’s form only', () => {
    const prefilled = prefillNextYear(config, 'stepnoy', source);
    const fields = fieldsOf(prefilled, 'roadmaps-stepnoy');
    const byName = (list: Field[], name: string) => list.find((f) => f.name === name)!;
    expect(byName(fields, 'year').default).toBe(2026);
    expect(byName(fields, 'school').default).toBe('sosh-2-stepnoy');
    expect(byName(fields, 'tasks').default).toEqual(source.tasks);
    expect((byName(fields, 'activities').default as unknown[]).length).toBe(source.activities.length);
    // The approval starts with the widget's first action, never a prefilled step.
    expect(byName(fields, 'approval').default).toBeUndefined();
    // Every key of the draft is a field of the form (Decap would silently drop the others).
    const draft = nextYearRoadmap(source) as unknown as Record<string, unknown>;
    for (const key of Object.keys(draft)) expect(fields.map((f) => f.name)).toContain(key);
    for (const key of Object.keys((draft.activities as object[])[0])) expect(byName(fields, 'activities').fields!.map((f) => f.name)).toContain(key);
    // The generated config shares field objects between municipalities: the others stay untouched.
    expect(byName(fieldsOf(prefilled, 'roadmaps-lesnogorsk'), 'tasks').default).toBeUndefined();
    expect(byName(fieldsOf(config, 'roadmaps-stepnoy'), 'tasks').default).toBeUndefined();
  });

  it('passes an object’s values down to its sub-fields (Decap ignores an object default)', () => {
    const fields: Field[] = [{ name: 'approval', widget: 'object', fields: [{ name: 'status', widget: 'select' }, { name: 'history', widget: 'list' }] }, { name: 'goal', widget: 'text' }];
    applyDefaults(fields, { approval: { status: 'draft', history: [] }, goal: 'Цель', unknown: 1 });
    expect(fields).toEqual([
      { name: 'approval', widget: 'object', fields: [{ name: 'status', widget: 'select', default: 'draft' }, { name: 'history', widget: 'list', default: [] }] },
      { name: 'goal', widget: 'text', default: 'Цель' },
    ]);
  });
});
