/** Keys of the incremental build change with anything a page shows, and only then. */
import { describe, expect, it } from 'vitest';
import { roadmapKey, schoolKey, sharedDigest } from '../../src/lib/page-keys.ts';

const site = () => ({
  settings: { title: 'ШНОР', baseUrl: 'https://x' }, asOf: '2025-10-15',
  measures: [{ id: 'm1', data: { title: 'Мера' } }], municipalities: [{ id: 'mu', data: { name: 'Район' } }],
  roadmaps: [{ id: 'r1', data: { goal: 'Цель' } }], schools: [{ id: 's1', data: { shortName: 'СОШ' } }],
  school: new Map(), directionTitles: { R01: 'Оснащение' },
});

describe('incremental build keys', () => {
  it('the shared digest ignores roadmaps and schools and sees everything else', () => {
    const base = sharedDigest(site(), 'head|2025-10-15');
    const otherRoadmap = { ...site(), roadmaps: [{ id: 'r1', data: { goal: 'Другая' } }] };
    expect(sharedDigest(otherRoadmap, 'head|2025-10-15')).toBe(base);
    expect(sharedDigest({ ...site(), measures: [{ id: 'm1', data: { title: 'Другая мера' } }] }, 'head|2025-10-15')).not.toBe(base);
    expect(sharedDigest({ ...site(), asOf: '2025-10-16' }, 'head|2025-10-15')).not.toBe(base);
    expect(sharedDigest({ ...site(), directionTitles: { R01: 'x' } }, 'head|2025-10-15')).not.toBe(base);
    expect(sharedDigest(site(), 'other-commit|2025-10-15')).not.toBe(base);
  });

  it('a roadmap page key follows its roadmap and school', () => {
    const k = roadmapKey('d', { goal: 'Цель' }, { shortName: 'СОШ' });
    expect(roadmapKey('d', { goal: 'Цель' }, { shortName: 'СОШ' })).toBe(k);
    expect(roadmapKey('d', { goal: 'Цель 2' }, { shortName: 'СОШ' })).not.toBe(k);
    expect(roadmapKey('d', { goal: 'Цель' }, { shortName: 'СОШ 2' })).not.toBe(k);
    expect(roadmapKey('e', { goal: 'Цель' }, { shortName: 'СОШ' })).not.toBe(k);
  });

  it('a school page key follows its roadmaps and the names of linked schools', () => {
    const linked = [{ id: 'p', data: { shortName: 'Партнёр' } }];
    const k = schoolKey('d', { a: 1 }, [{ goal: 'x' }], linked);
    expect(schoolKey('d', { a: 1 }, [{ goal: 'y' }], linked)).not.toBe(k);
    expect(schoolKey('d', { a: 1 }, [{ goal: 'x' }], [{ id: 'p', data: { shortName: 'Новое имя' } }])).not.toBe(k);
    expect(schoolKey('d', { a: 1 }, [{ goal: 'x' }], linked)).toBe(k);
  });
});
