/** Planning the search indexes: the roadmap index in shards of even size, by folder-name prefixes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balancedRuns, planIndexes, prefixGroups } from '../../src/integrations/search-index.ts';

const globMatch = (glob: string, name: string) => {
  const alternatives = /^shkoly\/\{(.*)\}\/\*\/index\.html$/.exec(glob)?.[1].split(',') ?? ['*'];
  return alternatives.some((a) => (a.endsWith('*') ? name.startsWith(a.slice(0, -1)) : name === a));
};

describe('search index plan', () => {
  it('balances runs of counts', () => {
    expect(balancedRuns([['a', 5], ['b', 5], ['c', 5], ['d', 5]], 2)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(balancedRuns([['a', 1]], 3)).toEqual([['a']]);
  });

  it('splits a crowded prefix by its next letters, and a folder named like the prefix stands alone', () => {
    const schools = new Map([['so', 1], ...Array.from({ length: 30 }, (_, i) => [`sosh-${i}`, 1] as [string, number]), ['ab', 1]]);
    const groups = prefixGroups(schools, 10);
    expect(groups.reduce((a, [, n]) => a + n, 0)).toBe(32);
    expect(Math.max(...groups.map(([, n]) => n))).toBeLessThanOrEqual(10);
    for (const name of schools.keys()) expect(groups.filter(([g]) => (g.endsWith('*') ? name.startsWith(g.slice(0, -1)) : name === g)).length, name).toBe(1);
  });

  it('puts every roadmap page in exactly one shard of at most the shard size', () => {
    const dist = mkdtempSync(join(tmpdir(), 'i16-plan-'));
    try {
      const names = Array.from({ length: 57 }, (_, i) => `${['sosh', 'oosh', 'litsey'][i % 3]}-${i}-${['lesnoy', 'rechnoy'][i % 2]}`);
      for (const n of names) {
        mkdirSync(join(dist, 'shkoly', n, '2025'), { recursive: true });
        writeFileSync(join(dist, 'shkoly', n, '2025', 'index.html'), '<p>x</p>');
      }
      expect(planIndexes(dist).map((j) => j.outputSubdir)).toEqual(['pagefind', 'pagefind-shkoly']);
      const jobs = planIndexes(dist, 20).slice(1);
      expect(jobs.map((j) => j.outputSubdir)).toEqual(['pagefind-shkoly', 'pagefind-shkoly-2', 'pagefind-shkoly-3']);
      expect(jobs[0].globs).toContain('municipalitety/**/*.html');
      for (const n of names) expect(jobs.filter((j) => globMatch(j.globs[0], n)).length, n).toBe(1);
      for (const j of jobs) expect(names.filter((n) => globMatch(j.globs[0], n)).length).toBeLessThanOrEqual(26);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
