/** Planning the search indexes: the roadmap index in shards of even size, by folder-name prefixes. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balancedRuns, planIndexes, prefixGroups, shareWasm } from '../../src/integrations/search-index.ts';

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

describe('one WebAssembly file for every bundle', () => {
  it('points a bundle with the same file at the main bundle\'s, keeps a different one, and is idempotent', () => {
    const dist = mkdtempSync(join(tmpdir(), 'i16-wasm-'));
    const bundle = (name: string, wasm: string) => {
      mkdirSync(join(dist, name), { recursive: true });
      writeFileSync(join(dist, name, 'wasm.ru.pagefind'), wasm);
      writeFileSync(join(dist, name, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { ru: { hash: `ru_${name}`, wasm: 'ru', page_count: 3 } } }));
    };
    bundle('pagefind', 'same');
    bundle('pagefind-shkoly', 'same');
    bundle('pagefind-other', 'different');
    const jobs = ['pagefind', 'pagefind-shkoly', 'pagefind-other'].map((outputSubdir) => ({ outputSubdir, globs: [] }));
    expect(shareWasm(dist, jobs)).toEqual(['/pagefind-shkoly/']);
    const wasmOf = (name: string) => (JSON.parse(readFileSync(join(dist, name, 'pagefind-entry.json'), 'utf8')) as { languages: { ru: { wasm: string } } }).languages.ru.wasm;
    const name = wasmOf('pagefind-shkoly');
    // Pagefind requests `${basePath}wasm.${name}.pagefind`: the URL resolves to the main bundle's file.
    expect(new URL(`/pagefind-shkoly/wasm.${name}.pagefind`, 'https://example.org').pathname).toBe('/pagefind/wasm.ru.pagefind');
    expect(wasmOf('pagefind-other')).toBe('ru');
    expect(wasmOf('pagefind')).toBe('ru');
    expect(shareWasm(dist, jobs)).toEqual([]);
    expect(wasmOf('pagefind-shkoly')).toBe(name);
    rmSync(dist, { recursive: true, force: true });
  });
});
