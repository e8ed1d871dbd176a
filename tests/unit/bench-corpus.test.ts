import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { parseFrontmatter, parseYaml } from '../../src/validation/load.ts';

const root = process.cwd();
const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-corpus-'));
  dirs.push(dir);
  return join(dir, 'corpus');
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function files(dir: string, base = dir): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) for (const [k, v] of files(abs, base)) out.set(k, v);
    else out.set(relative(base, abs), readFileSync(abs, 'utf8'));
  }
  return out;
}

const small = { schools: 50, municipalities: 3, measures: 20, practices: 10, seed: 7 };

describe('benchmark corpus generator', () => {
  const outA = temp();
  const manifest = generateCorpus({ ...small, out: outA });
  const generated = files(outA);

  it('writes a complete folder that the validator accepts with no errors', () => {
    const { errors, entries } = validateContent(root, outA);
    expect(errors).toEqual([]);
    const count = (c: string) => entries.filter((e) => e.collection === c).length;
    expect(count('schools')).toBe(50);
    expect(count('roadmaps')).toBe(50);
    expect(count('municipalities')).toBe(3);
    expect(count('municipalRoadmaps')).toBe(3);
    expect(manifest.counts.municipalRoadmaps).toBe(3);
    expect(count('measures')).toBe(20);
    expect(count('practices')).toBe(10);
    expect(count('roles')).toBeGreaterThanOrEqual(8);
    expect(count('directions')).toBe(10);
    expect(manifest.counts.roadmaps).toBe(50);
  });

  it('is deterministic: the same seed gives byte-identical files', () => {
    const outB = temp();
    generateCorpus({ ...small, out: outB });
    const again = files(outB);
    expect([...again.keys()]).toEqual([...generated.keys()]);
    for (const [name, text] of generated) expect(again.get(name), name).toBe(text);
  });

  it('gives a different corpus for another seed', () => {
    const outC = temp();
    generateCorpus({ ...small, seed: 8, out: outC });
    const other = files(outC);
    const roadmap = [...generated.keys()].find((k) => k.startsWith('roadmaps/'))!;
    expect(other.get(roadmap)).not.toBe(generated.get(roadmap));
  });

  it('gives every entry its own text', () => {
    const texts = new Map<string, string[]>();
    const add = (kind: string, text: string) => (texts.get(kind) ?? texts.set(kind, []).get(kind)!).push(text);
    for (const [name, text] of generated) {
      if (name.startsWith('roadmaps/')) {
        const r = parseYaml(text) as { goal: string; activities: { title: string }[] };
        add('roadmap goal', r.goal);
        add('roadmap', JSON.stringify(r.activities.map((a) => a.title)));
      } else if (name.startsWith('schools/')) {
        const s = parseYaml(text) as { shortName: string; fullName: string };
        add('school short name', s.shortName);
        add('school full name', s.fullName);
      } else if (name.startsWith('municipalities/')) {
        add('municipality', (parseYaml(text) as { name: string }).name);
      } else if (name.startsWith('measures/') || name.startsWith('practices/')) {
        const { data, body } = parseFrontmatter(text);
        add(`${name.split('/')[0]} title`, (data as { title: string }).title);
        add(`${name.split('/')[0]} body`, body);
      }
    }
    expect([...texts.keys()].length).toBe(9);
    for (const [kind, list] of texts) expect(new Set(list).size, kind).toBe(list.length);
  });

  it('has roadmaps of 6–12 activities and rare words for selective queries', () => {
    for (const [name, text] of generated) {
      if (!name.startsWith('roadmaps/')) continue;
      const n = (parseYaml(text) as { activities: unknown[] }).activities.length;
      expect(n).toBeGreaterThanOrEqual(6);
      expect(n).toBeLessThanOrEqual(12);
    }
    expect(manifest.rareWords.length).toBeGreaterThan(10);
    expect(generated.has(manifest.sampleRoadmap.file)).toBe(true);
  });

  it('refuses to replace a folder that is not a corpus', () => {
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'keep.txt'), 'not a corpus');
    expect(() => generateCorpus({ ...small, out: dir })).toThrow(/refusing/);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('not a corpus');
  });
});
