import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/lib/content-errors.ts';
import { checkWorkingDays } from '../../src/lib/rules-dates.ts';
import { checkMunicipalRules } from '../../src/lib/rules-municipal.ts';

const entry = (collection: string, id: string, data: unknown, folder?: string): RawEntry => ({ collection, id, folder, file: `content/${collection}/${folder ? `${folder}/` : ''}${id}.yaml`, data });
const schools = new Map([
  ['s500', entry('schools', 's500', { project500: true }, 'm1')],
  ['srisk', entry('schools', 'srisk', { project500: false }, 'm1')],
  ['other', entry('schools', 'other', { project500: true }, 'm2')],
]);
const deficits = new Set(Array.from({ length: 17 }, (_, i) => i + 1));
const fields = (errors: { field: string }[]) => errors.map((e) => e.field).sort();

describe('support programme rules', () => {
  const municipality = (data: object) => ({ municipalities: [entry('municipalities', 'm1', data)] });
  it('publishes a coordinator’s or a head’s name and phone only with consent', () => {
    const contact = (consentToPublish: boolean) => ({ position: 'директор', name: 'Вымышленная', phone: '8 (000) 000-00-00', consentToPublish });
    const without = municipality({ lowResultSchools: [{ school: 's500', coordinator: contact(false) }], highRiskSchools: [{ school: 'srisk', head: contact(false) }] });
    expect(fields(checkMunicipalRules(without, schools, deficits))).toEqual(['highRiskSchools[0].head.consentToPublish', 'lowResultSchools[0].coordinator.consentToPublish']);
    const withConsent = municipality({ lowResultSchools: [{ school: 's500', coordinator: contact(true) }], highRiskSchools: [{ school: 'srisk', head: contact(true) }] });
    expect(checkMunicipalRules(withConsent, schools, deficits)).toEqual([]);
    const positionOnly = municipality({ lowResultSchools: [{ school: 's500', coordinator: { position: 'зам', consentToPublish: false } }] });
    expect(checkMunicipalRules(positionOnly, schools, deficits)).toEqual([]);
  });
  it('checks the schools of the lists and findings against the municipality and «500+»', () => {
    const errors = checkMunicipalRules(municipality({
      lowResultSchools: [{ school: 'srisk', coordinator: { position: 'зам', consentToPublish: false } }, { school: 'other', coordinator: { position: 'зам', consentToPublish: false } }],
      programme: { deficitFindings: [{ school: 's500', deficits: [3] }, { school: 's500', deficits: [4] }], monitoring: [{ data: [{ school: 'nope' }] }] },
    }), schools, deficits);
    expect(errors.map((e) => `${e.field}: ${e.message.split('.')[0]}`)).toEqual([
      'lowResultSchools[0].school: школа «srisk» не отмечена как школа проекта «500+» (project500)',
      'lowResultSchools[1].school: школа «other» относится к другому муниципалитету (m2)',
      'programme.deficitFindings[1].school: для школы «s500» дефициты уже указаны выше',
      'programme.monitoring[0].data[0].school: школа «nope» не найдена',
    ]);
  });
});

describe('municipal roadmap and calendar rules', () => {
  const roadmap = (id: string, data: object) => entry('municipalRoadmaps', id, { municipality: 'm1', year: 2025, approval: { status: 'draft', history: [{ date: '2025-04-01', status: 'draft', by: 'mouo' }] }, ...data });
  const world = (roadmaps: RawEntry[], calendar: RawEntry[] = []) => ({ municipalities: [entry('municipalities', 'm1', {})], municipalRoadmaps: roadmaps, calendar });
  it('accepts a well-formed roadmap and reports its schools, year, name and approval', () => {
    expect(checkMunicipalRules(world([roadmap('m1-2025', { actions: [{ when: { from: '2025-05' }, schools: ['s500'] }] })]), schools, deficits)).toEqual([]);
    const errors = checkMunicipalRules(world([roadmap('m1-plan', {
      actions: [{ when: { from: '2024-12', to: '2025-02' }, schools: ['other'] }],
      approval: { status: 'approved', history: [{ date: '2025-04-01', status: 'approved', by: 'mouo' }] },
    })]), schools, deficits);
    expect(fields(errors)).toEqual(['', 'actions[0].schools[0]', 'actions[0].when.from', 'approval.history[0].status']);
  });
  it('links calendar events only to events of the same year, one snapshot per stage', () => {
    const cal = entry('calendar', '2025', { events: [{ id: 'a', differsFrom: 'b', snapshot: 'etap-1' }, { id: 'b', differsFrom: 'b', snapshot: 'etap-1' }, { id: 'c', snapshot: 'etap-2' }] });
    expect(fields(checkMunicipalRules(world([], [cal]), schools, deficits))).toEqual(['events[1].differsFrom', 'events[1].snapshot']);
  });
});

describe('day-off warnings', () => {
  it('checks calendar windows, roadmap deadlines and day-precision terms, not months', () => {
    const warnings = checkWorkingDays([
      entry('calendar', '2025', { events: [{ start: '2025-05-26', end: '2025-05-31' }, { start: '2025-06-02', end: '2025-06-06' }] }),
      entry('roadmaps', 'r', { activities: [{ end: '2025-06-12' }, { end: '2025-06-11' }] }, 'm1'),
      entry('municipalities', 'm1', { programme: { diagnosticsPeriod: { start: '2025-01-08', end: '2025-01-31' }, events: [{ when: { from: '2025-05', to: '2025-11-01' } }], coordinatorSupport: [{ when: { to: '2025-03-08' } }] } }),
      entry('municipalRoadmaps', 'm1-2025', { actions: [{ when: { from: '2025-05' } }, { when: { to: '2025-05-09' } }] }),
    ]);
    expect(warnings.map((w) => `${w.file} ${w.field}`)).toEqual([
      'content/calendar/2025.yaml events[0].end',
      'content/roadmaps/m1/r.yaml activities[0].end',
      'content/municipalities/m1.yaml programme.diagnosticsPeriod.start',
      'content/municipalities/m1.yaml programme.coordinatorSupport[0].when.to',
      'content/municipalRoadmaps/m1-2025.yaml actions[1].when.to',
    ]);
  });
});
