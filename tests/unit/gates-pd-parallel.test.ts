/** The parallel personal-data scan reports exactly what the scan in one thread reports, in order. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPersonalData } from '../../src/integrations/personal-data.ts';
import { checkPersonalDataParallel, inFileOrder, isIndexUnit, scanSite, scanUnits } from '../../src/integrations/personal-data-scan.ts';

let dir: string;
const put = (path: string, body: string | Buffer) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), body);
};
const fragment = (url: string, content: string) => gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ url, content, meta: { title: 'x' }, filters: {} })));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'i16-pd-parallel-'));
  // A big folder (dealt out file by file) with clean pages and a few with findings.
  for (let i = 0; i < 450; i++) {
    const school = `shkoly/s${String(i).padStart(3, '0')}`;
    put(`${school}/index.html`, `<p>Школа ${i}, 2025-03-01, 34 %</p>`);
    put(`${school}/2025/index.html`, i % 97 === 5 ? `<p>Звоните +7 912 345-67-${String(i % 100).padStart(2, '0')}</p>` : '<p>Дорожная карта</p>');
    put(`${school}/2025.json`, JSON.stringify({ roadmap: { goal: i === 300 ? 'пишите s300@school.example.ru' : 'цель' } }));
    put(`${school}/2025.ics`, `BEGIN:VEVENT\r\nUID:${school}@shnor.example.org\r\nSUMMARY:${i === 111 ? 'тел. 8 (912) 000-11-22' : 'Встреча'}\r\nEND:VEVENT\r\n`);
  }
  for (let i = 0; i < 300; i++) put(`pagefind-shkoly/fragment/ru_${i}.pf_fragment`, fragment(`/shkoly/s${i}/2025/`, i === 7 ? 'тел. 8 912 345 67 89' : 'текст'));
  put('pagefind-shkoly/pagefind.js', 'const a = "x@y.ru";');
  put('index.html', '<a href="mailto:info@example.org">почта</a>');
  put('admin/index.html', '<p>+7 912 345-67-89</p>');
  put('_astro/x.js', 'x@y.ru');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('personal-data gate on worker threads', () => {
  it('deals big folders out entry by entry and skips code folders', () => {
    const units = scanUnits(dir);
    expect(units).toContain('shkoly/s000');
    expect(units).toContain('pagefind-shkoly/fragment/ru_7.pf_fragment');
    expect(units.some((u) => u.startsWith('admin') || u.startsWith('_astro'))).toBe(false);
  });

  it('finds the same data in the same order as one thread', async () => {
    const one = checkPersonalData(dir);
    expect(one.length).toBe(9);
    const parallel = await checkPersonalDataParallel(dir, { threads: 3, parallelFrom: 1 });
    expect(parallel).toEqual(one);
    expect(parallel.map((f) => f.page)).toContain('/shkoly/s300/2025.json');
    expect(parallel.map((f) => f.page)).toContain('/shkoly/s7/2025/ (поисковый индекс)');
  });

  it('scanned in two parts as the build does (pages beside Pagefind, then the indexes), finds the same in the same order', async () => {
    const [pages, indexes] = await Promise.all([
      scanSite(dir, { threads: 2, parallelFrom: 1, select: (u) => !isIndexUnit(u) }),
      scanSite(dir, { threads: 2, parallelFrom: 1, select: isIndexUnit }),
    ]);
    expect(indexes.map(([path]) => path)).toEqual(['pagefind-shkoly/fragment/ru_7.pf_fragment']);
    expect(pages.some(([path]) => path.startsWith('pagefind'))).toBe(false);
    expect(inFileOrder([...indexes, ...pages])).toEqual(checkPersonalData(dir));
  });
});
