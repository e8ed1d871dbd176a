/** The federation file, result links, the federal site's policy and the regional split of a corpus. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { municipalityOf, splitCorpus } from '../../scripts/bench/federation.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { federalCsp, parseFederation, resultUrl, roadmapIndexOf, splitEvenly } from '../../src/lib/federation.ts';
import { validateContent } from '../../src/validation/validate.ts';

const federation = {
  title: 'Федеральный поиск',
  regions: [
    { id: 'r1', name: 'Северная область', site: 'https://r1.example.org/' },
    { id: 'r2', name: 'Южная область', site: 'https://r2.example.org', index: 'https://cdn.example.net/r2/pagefind-shkoly' },
  ],
};

describe('federation file', () => {
  it('reads regions and their indexes', () => {
    const f = parseFederation(federation, 'f.json');
    expect(f.regions.map(roadmapIndexOf)).toEqual(['https://r1.example.org/pagefind-shkoly/', 'https://cdn.example.net/r2/pagefind-shkoly/']);
  });

  it('names the file and the field of a mistake, in Russian', () => {
    expect(() => parseFederation({ ...federation, regions: [{ id: 'Р1', name: 'x1', site: 'https://a' }] }, 'federal/f.json')).toThrow(/^Файл federal\/f\.json, поле regions\.0\.id: латиница, цифры и дефис\. Исправьте описание регионов\.$/);
    expect(() => parseFederation({ ...federation, regions: [{ id: 'r1', name: 'x1', site: 'ftp://a' }] }, 'f.json')).toThrow(/поле regions\.0\.site: адрес сайта/);
  });

  it('links a result to its regional site and lets the page read every index origin', () => {
    const [r1] = parseFederation(federation, 'f.json').regions;
    expect(resultUrl(r1, '/shkoly/s1/2025/')).toBe('https://r1.example.org/shkoly/s1/2025/');
    expect(resultUrl(r1, 'https://r1.example.org/x/')).toBe('https://r1.example.org/x/');
    const csp = federalCsp(parseFederation(federation, 'f.json'));
    expect(csp).toContain("connect-src 'self' https://r1.example.org https://cdn.example.net;");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('splits evenly and keeps the order', () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2], [3, 4], [5, 6, 7]]);
  });
});

describe('regional corpora', () => {
  it('keeps a municipality\'s files together and shared files in every region', () => {
    const m = new Set(['ab', 'ab-c']);
    expect(municipalityOf('schools/ab/s1.yaml', m, () => '')).toBe('ab');
    expect(municipalityOf('municipalities/ab-c.yaml', m, () => '')).toBe('ab-c');
    expect(municipalityOf('municipal-roadmaps/ab-c-2025.yaml', m, () => '')).toBe('ab-c');
    expect(municipalityOf('practices/p.md', m, () => '---\nmunicipality: ab\n---')).toBe('ab');
    expect(municipalityOf('measures/x.md', m, () => '')).toBeUndefined();
  });

  it('gives valid regional corpora that together hold every school once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'i16-split-'));
    try {
      const manifest = generateCorpus({ schools: 40, municipalities: 6, measures: 20, practices: 8, seed: 3, out: join(dir, 'all') });
      const regions = splitCorpus(join(dir, 'all'), join(dir, 'regions'), 3, (id) => `https://${id}.example.org`);
      expect(regions.map((r) => r.municipalities.length)).toEqual([2, 2, 2]);
      let schools = 0;
      for (const r of regions) {
        const { errors, entries } = validateContent(process.cwd(), r.content);
        expect(errors, r.id).toEqual([]);
        schools += entries.filter((e) => e.collection === 'schools').length;
        expect(readFileSync(join(r.content, 'settings/site.yaml'), 'utf8')).toContain(`baseUrl: https://${r.id}.example.org`);
      }
      expect(schools).toBe(manifest.counts.schools);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
