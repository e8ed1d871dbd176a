/**
 * The personal-data gate on planted data: copies of real files of a built site, each with a phone or
 * an e-mail put where the issue says the gate must find it (page text, an attribute, JSON, ICS, the
 * search index), scanned the way the build scans (worker threads).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { checkPersonalDataParallel } from '../../src/integrations/personal-data-scan.ts';

export interface GateCheck {
  schools: number;
  planted: { where: string; file: string; match: string }[];
  found: string[];
  missed: string[];
}

export async function gateCheck(dist: string, schools: number, roadmapPath: string): Promise<GateCheck> {
  const dir = mkdtempSync(join(tmpdir(), 'i16-gate-check-'));
  const planted: GateCheck['planted'] = [];
  const copy = (rel: string, change: (text: string) => string, where: string, match: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), change(readFileSync(join(dist, rel), 'utf8')));
    planted.push({ where, file: rel, match });
  };
  try {
    const page = `${roadmapPath.slice(1)}index.html`;
    const base = roadmapPath.replace(/\/$/, '');
    copy(page, (t) => t.replace('</h1>', ' — звоните +7 912 345-67-89</h1>'), 'page text', '+7 912 345-67-89');
    copy('index.html', (t) => t.replace('<main', '<main title="пишите director@school.example.ru"'), 'attribute', 'director@school.example.ru');
    copy(`${base.slice(1)}.json`, (t) => t.replace('"goal":"', '"goal":"Тел. 8 (912) 000-11-22. '), 'JSON', '8 (912) 000-11-22');
    copy(`${base.slice(1)}.ics`, (t) => t.replace('SUMMARY:', 'SUMMARY:тел. 8-912-111-22-33 '), 'ICS', '8-912-111-22-33');
    const fragments = join(dist, 'pagefind-shkoly', 'fragment');
    const name = readdirSync(fragments)[0];
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8').replace('"content":"', '"content":"Звоните 89123456789. ');
    mkdirSync(join(dir, 'pagefind-shkoly', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind-shkoly', 'fragment', name), gzipSync(text));
    planted.push({ where: 'search index', file: `pagefind-shkoly/fragment/${name}`, match: '89123456789' });
    // A clean page beside them: nothing may be found in it.
    cpSync(join(dist, 'poisk'), join(dir, 'poisk'), { recursive: true });
    const findings = await checkPersonalDataParallel(dir, { threads: 2, parallelFrom: 1 });
    const found = planted.filter((p) => findings.some((f) => f.match === p.match)).map((p) => p.where);
    return { schools, planted, found, missed: planted.map((p) => p.where).filter((w) => !found.includes(w)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
