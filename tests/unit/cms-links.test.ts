import { describe, expect, it } from 'vitest';
import { fitPublishMode } from '../../cms/backend.ts';
import { generateConfig } from '../../cms/config.ts';
import { adminCspSources } from '../../cms/csp.ts';
import { newEntryId, transliterate } from '../../cms/ids.ts';
import { createRoadmapLink, prefillQuery } from '../../cms/links.ts';
import { mergePhrases, RU_PATCH } from '../../cms/locale.ts';
import { roadmapChoices } from '../../cms/prefill.ts';

const measure = {
  id: 'formiruyushchee-otsenivanie',
  title: 'Формирующее оценивание на уроке',
  purpose: 'Ввести приёмы формирующего оценивания.',
  responsibleRoles: ['school-coordinator', 'school-director'],
};

describe('«Создать дорожную карту по этой мере»', () => {
  it('opens the municipality’s new roadmap with the first activity filled in from the measure', () => {
    const link = createRoadmapLink(measure, 'lesnogorsk');
    expect(link.startsWith('/admin/#/collections/roadmaps-lesnogorsk/new?')).toBe(true);
    const params = new URLSearchParams(link.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({
      'activities.measure': 'formiruyushchee-otsenivanie',
      'activities.title': 'Формирующее оценивание на уроке',
      'activities.expectedResult': 'Ввести приёмы формирующего оценивания.',
      'activities.responsible': 'Школьный координатор',
    });
  });

  it('without a municipality, asks for one first; each choice carries the same prefill', () => {
    const link = createRoadmapLink(measure);
    expect(link).toBe(`/admin/?${prefillQuery(measure)}`);
    const choices = roadmapChoices(
      [{ name: 'measures', label: 'Меры' }, { name: 'roadmaps-lesnogorsk', label: 'Дорожные карты: Городской округ Лесногорск' }],
      prefillQuery(measure),
    );
    expect(choices).toEqual([{ label: 'Городской округ Лесногорск', href: `#/collections/roadmaps-lesnogorsk/new?${prefillQuery(measure)}` }]);
  });

  it('prefills only fields that exist in the roadmap form', () => {
    const roadmaps = generateConfig({ municipalities: [{ id: 'lesnogorsk', name: 'Лесногорск' }] }).collections.find((c) => c.name === 'roadmaps-lesnogorsk') as unknown as {
      fields: { name: string; fields?: { name: string }[] }[];
    };
    const activity = roadmaps.fields.find((f) => f.name === 'activities')!;
    for (const key of new URLSearchParams(prefillQuery(measure)).keys()) {
      const [list, name] = key.split('.');
      expect(list).toBe('activities');
      expect(activity.fields!.map((f) => f.name)).toContain(name);
    }
  });
});

describe('file names of new entries', () => {
  it('transliterates titles the way the existing ids are written', () => {
    expect(transliterate('Формирующее оценивание на уроке')).toBe('formiruyushchee-otsenivanie-na-uroke');
    expect(transliterate('Школьная библиотека как информационно-библиотечный центр')).toBe('shkolnaya-biblioteka-kak-informatsionno-bibliotechnyy-tsentr');
    expect(transliterate('Объективное оценивание: семьи, язык')).toBe('obektivnoe-otsenivanie-semi-yazyk');
    expect(transliterate('x'.repeat(100)).length).toBeLessThanOrEqual(60);
  });

  it('ends school ids with the municipality, as in sosh-11-lesnogorsk', () => {
    expect(newEntryId('schools-lesnogorsk', { shortName: 'СОШ № 11 (пример)' })).toBe('sosh-11-lesnogorsk');
    expect(newEntryId('measures', { title: 'Наставничество' })).toBe('nastavnichestvo');
    expect(newEntryId('roadmaps-lesnogorsk', { school: 'sosh-11-lesnogorsk', year: 2025 })).toBeUndefined();
    expect(newEntryId('practices', { title: '' })).toBe('zapis');
  });
});

describe('admin settings', () => {
  it('publishes directly with Gitea in production (Decap’s Gitea backend has no editorial workflow)', () => {
    const config = { backend: { name: 'gitea' }, publish_mode: 'editorial_workflow' };
    expect(fitPublishMode(config, false).publish_mode).toBe('simple');
    expect(fitPublishMode(config, true).publish_mode).toBe('editorial_workflow');
    expect(fitPublishMode({ ...config, backend: { name: 'gitlab' } }, false).publish_mode).toBe('editorial_workflow');
  });

  it('patches the Russian locale without losing its phrases', () => {
    const merged = mergePhrases({ editor: { editorToolbar: { status: 'Cтатус: %{status}', save: 'Сохранить' } } }, RU_PATCH) as {
      editor: { editorToolbar: Record<string, string> };
    };
    expect(merged.editor.editorToolbar).toEqual({ status: 'Статус: %{status}', save: 'Сохранить' });
  });
});

describe('admin CSP sources for the production Git host', () => {
  it('allows the Git host API and avatars, nothing else', () => {
    expect(adminCspSources({ backend: 'github' })).toEqual({ connect: ['https://api.github.com'], img: ['https://avatars.githubusercontent.com'] });
    expect(adminCspSources({ backend: 'gitea', apiRoot: 'https://git.example.org/api/v1' })).toEqual({ connect: ['https://git.example.org'], img: ['https://git.example.org'] });
    expect(adminCspSources({ backend: 'gitlab', apiRoot: 'https://gitlab.example.org/api/v4', baseUrl: 'https://gitlab.example.org' }).connect).toEqual(['https://gitlab.example.org']);
    expect(adminCspSources(undefined)).toEqual({ connect: [], img: [] });
  });
});
