/** Files the build writes itself: roadmap JSON/ICS after the pages, the data store read from its file. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeFromFile } from '../../src/integrations/data-store.ts';
import { writeAll } from '../../src/integrations/roadmap-files.ts';
import { roadmapFiles, type RoadmapFilesSite } from '../../src/lib/roadmap-files.ts';
import type { Roadmap } from '../../src/schemas/roadmaps.ts';

const roadmap = {
  school: 's1', year: 2025, period: { start: '2025-01-15', end: '2025-12-20' }, goal: 'Цель', directions: [{ direction: 'R06', verified: true }],
  tasks: [{ id: 't1', direction: 'R06', text: 'Задача' }], indicators: [],
  activities: [{ task: 't1', title: 'Мероприятие, первое', start: '2025-03-01', end: '2025-05-31', stage: 'stage1', responsible: 'завуч', expectedResult: 'Итог', status: 'planned', evidence: [], measure: 'm1' }],
  approval: { status: 'draft', history: [] },
} as unknown as Roadmap;
const site = {
  settings: { baseUrl: 'https://shnor.example.org' }, asOf: '2025-10-15',
  school: new Map([['s1', { id: 's1', data: { shortName: 'СОШ № 1', municipality: 'm' } }]]),
  municipality: new Map([['m', { id: 'm', data: { name: 'Район' } }]]),
  directionTitles: { R06: 'Неуспешность' }, measureTitles: { m1: 'Мера один', m2: 'Другая' },
  roadmaps: [{ id: 's1-2025', data: roadmap }],
} as unknown as RoadmapFilesSite & { roadmaps: { id: string; data: Roadmap }[] };

describe('roadmap files written after the pages', () => {
  it('gives the JSON export and the calendar of each roadmap', () => {
    const files = Object.fromEntries(roadmapFiles(site));
    expect(Object.keys(files)).toEqual(['/shkoly/s1/2025.json', '/shkoly/s1/2025.ics']);
    expect(JSON.parse(files['/shkoly/s1/2025.json'])).toEqual({
      roadmap, context: { schoolName: 'СОШ № 1', municipalityName: 'Район', directionTitles: { R06: 'Неуспешность' }, files: {}, measureTitles: { m1: 'Мера один' } },
    });
    const ics = files['/shkoly/s1/2025.ics'];
    expect(ics).toContain('X-WR-CALNAME:СОШ № 1: дорожная карта 2025');
    expect(ics).toContain('SUMMARY:Мероприятие\\, первое');
    expect(ics).toContain('UID:s1-2025-a1@shnor.example.org');
    expect(ics).toContain('URL:https://shnor.example.org/shkoly/s1/2025/');
  });

  it('writes them into their folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'i16-files-'));
    try {
      expect(await writeAll(dir, roadmapFiles(site), 2)).toBe(2);
      expect(readFileSync(join(dir, 'shkoly/s1/2025.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('data store module', () => {
  it('reads the store from its file instead of holding it as a literal', () => {
    const code = storeFromFile('export default JSON.parse("[\\"x\\"]")', '/c/data-store.json');
    expect(code).toBe(`import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync("/c/data-store.json", 'utf8'));\n`);
  });
  it('leaves any other form of the module alone', () => {
    expect(storeFromFile('export default new Map()', '/c/data-store.json')).toBeUndefined();
  });
});

describe('number format', () => {
  it('writes Russian notation and gives the same text the second time', async () => {
    const { formatNumber } = await import('../../src/lib/number-format.ts');
    expect(formatNumber(34)).toBe('34');
    expect(formatNumber(12.25)).toBe('12,3');
    expect(formatNumber(12345.6)).toBe('12\u00a0345,6');
    expect(formatNumber(12345.6)).toBe('12\u00a0345,6');
  });
});
