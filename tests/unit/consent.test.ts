import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/lib/rules.ts';

const school = (curator: Record<string, unknown>) => ({
  collection: 'schools', id: 's1', folder: 'm1', file: 'content/schools/m1/s1.yaml',
  data: { shortName: 'СОШ', fullName: 'СОШ', municipality: 'm1', project500: false, curator, riskProfile: [], visits: [] },
});
const municipality = { collection: 'municipalities', id: 'm1', file: 'content/municipalities/m1.yaml', data: { highRiskSchools: [] } };

describe('personal data of the curator (152-ФЗ)', () => {
  it('rejects a name or phone without consent', () => {
    for (const curator of [{ role: 'curator', name: 'Иванова И. И.', consentToPublish: false }, { role: 'curator', phone: '+7 900 000-00-00', consentToPublish: false }]) {
      const errors = checkRules({ schools: [school(curator)], municipalities: [municipality] });
      expect(errors).toEqual([{ file: 'content/schools/m1/s1.yaml', field: 'curator.consentToPublish', message: expect.stringContaining('без согласия на публикацию') }]);
    }
  });
  it('accepts a name with consent and a curator shown only as a role', () => {
    expect(checkRules({ schools: [school({ role: 'curator', name: 'Иванова И. И.', consentToPublish: true })], municipalities: [municipality] })).toEqual([]);
    expect(checkRules({ schools: [school({ role: 'curator', consentToPublish: false })], municipalities: [municipality] })).toEqual([]);
  });
});
