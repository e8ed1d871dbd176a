/**
 * npm run bench:cms [-- --runs 5] [--corpus bench/corpus/s20000]
 * Decap CMS at national scale (20,000 schools and roadmaps in 60 municipalities), measured in a real
 * Chromium against decap-server (git mode, behind the editing guard) on a temporary Git copy of the generated corpus:
 * how long a municipality's roadmap list takes to show, an entry to open, the school picker to answer.
 * Medians of several runs; writes bench/cms-results.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus } from '../scripts/bench/generate-corpus.ts';
import { parseYaml } from '../src/validation/load.ts';
import { launch } from '../tests/e2e/browser.ts';
import { startCms, tempRepo } from '../tests/e2e/cms-helpers.ts';

const SCHOOLS = 20_000;
const MUNICIPALITIES = 60;
const TARGETS = { list: 1.5, open: 1, picker: 1.5 };

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(arg('runs', '5'));
const corpusDir = resolve(arg('corpus', 'bench/corpus/s20000'));

/** The national corpus of scripts/bench/generate-corpus.ts, reused when it is already there. */
function ensureCorpus(): void {
  const manifest = join(corpusDir, '.corpus.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { counts: { schools: number; municipalities: number } };
    if (m.counts.schools === SCHOOLS && m.counts.municipalities === MUNICIPALITIES) return;
  }
  console.log(`Создаю корпус: ${SCHOOLS} школ в ${MUNICIPALITIES} муниципалитетах → ${corpusDir}`);
  generateCorpus({ schools: SCHOOLS, municipalities: MUNICIPALITIES, measures: 500, practices: 200, out: corpusDir });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Sample {
  municipality: string;
  roadmaps: number;
  schools: number;
  roadmap: { id: string; school: string; goal: string };
  school: { shortName: string };
}

/** A municipality of average size, one of its roadmaps and a school name to search for. */
function pickSample(content: string, index: number): Sample {
  const municipalities = readdirSync(join(content, 'roadmaps')).sort();
  const municipality = municipalities[index % municipalities.length];
  const roadmapFiles = readdirSync(join(content, 'roadmaps', municipality)).sort();
  const schoolFiles = readdirSync(join(content, 'schools', municipality)).sort();
  const file = roadmapFiles[Math.floor(roadmapFiles.length / 2)];
  const roadmap = parseYaml(readFileSync(join(content, 'roadmaps', municipality, file), 'utf8')) as { school: string; goal: string };
  const school = parseYaml(readFileSync(join(content, 'schools', municipality, schoolFiles[schoolFiles.length - 1]), 'utf8')) as { shortName: string };
  return { municipality, roadmaps: roadmapFiles.length, schools: schoolFiles.length, roadmap: { id: file.replace(/\.yaml$/, ''), school: roadmap.school, goal: roadmap.goal }, school };
}

async function loggedInPage(browser: Browser, base: string): Promise<{ page: Page; start: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('dialog', (d) => void d.accept());
  const t0 = performance.now();
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Войти' }).click();
  // Signed in: the first collection (the measure catalogue) is listed.
  await page.locator('a[href*="#/collections/measures/entries/"]').first().waitFor({ timeout: 120_000 });
  const start = performance.now() - t0;
  await settle(page);
  return { page, start };
}

/** Waits until the admin has no request in flight (the user reads what is on screen). */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

async function measureOnce(browser: Browser, base: string, s: Sample) {
  const { page, start } = await loggedInPage(browser, base);
  const timeout = { timeout: 120_000 };

  // 1. The municipality's roadmap list: from the navigation to the entries on screen.
  // (CSS locators: a role-based one would compute the accessible name of every link on each poll.)
  const entry = page.locator(`a[href$="#/collections/roadmaps-${s.municipality}/entries/${s.roadmap.id}"]`);
  let t = performance.now();
  await page.goto(`${base}/admin/#/collections/roadmaps-${s.municipality}`);
  await entry.waitFor(timeout);
  const list = performance.now() - t;
  await settle(page);

  // 2. Opening an entry: from the click to its fields filled in.
  t = performance.now();
  await entry.click();
  await page.waitForFunction((goal) => [...document.querySelectorAll('textarea')].some((a) => a.value === goal), s.roadmap.goal, timeout);
  const open = performance.now() - t;
  await settle(page);

  // 3. The school picker: from typing part of a name to the matching school offered.
  const box = page.getByRole('combobox', { name: 'Школа' });
  await box.click();
  await settle(page);
  t = performance.now();
  await box.fill(s.school.shortName);
  await page.getByRole('option', { name: s.school.shortName }).first().waitFor(timeout);
  const picker = performance.now() - t;

  await page.close();
  return { start, list, open, picker };
}

async function main() {
  ensureCorpus();
  const content = corpusDir;
  console.log('Готовлю временный Git-репозиторий с корпусом…');
  let t = performance.now();
  const repo = tempRepo(content);
  const repoSeconds = (performance.now() - t) / 1000;
  const web = await startCms(repo.dir);
  const configBytes = readFileSync(join(web.siteDir, 'admin', 'config.yml')).length;
  const browser = await launch();
  const loadBefore = loadavg()[0];
  let loadAfter = 0;
  const results: { start: number; list: number; open: number; picker: number; sample: Sample }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const sample = pickSample(content, i * 7);
      const r = await measureOnce(browser, web.url, sample);
      results.push({ ...r, sample });
      console.log(`прогон ${i + 1}: ${sample.municipality} (${sample.roadmaps} карт) — список ${seconds(r.list)}, запись ${seconds(r.open)}, выбор школы ${seconds(r.picker)}`);
    }
  } finally {
    loadAfter = loadavg()[0];
    await browser.close();
    await web.stop();
    repo.remove();
  }

  const m = {
    start: median(results.map((r) => r.start)),
    list: median(results.map((r) => r.list)),
    open: median(results.map((r) => r.open)),
    picker: median(results.map((r) => r.picker)),
  };
  const verdict = (value: number, target: number) => (value <= target * 1000 ? 'met' : '**missed**');
  const sizes = results.map((r) => r.sample.roadmaps);
  const note = `# CMS at national scale

Run of \`npm run bench:cms\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1e9).toFixed(1)} GB RAM, Node ${process.version}, Debian Chromium (headless).
Corpus: ${SCHOOLS} schools and ${SCHOOLS} roadmaps in ${MUNICIPALITIES} municipalities (scripts/bench/generate-corpus.ts, seed 1),
in a temporary Git repository (copy + commit: ${repoSeconds.toFixed(0)} s) served by decap-server in git mode behind the editing guard (cms/guard.ts) on 127.0.0.1.
The admin is the production build (cms/build.ts); its config.yml has ${Math.round(configBytes / 1024)} KB for ${2 * MUNICIPALITIES + 9} collections.
Each municipality is its own Decap collection (${Math.min(...sizes)}–${Math.max(...sizes)} roadmaps in the municipalities measured), so no list loads the national corpus.
Medians of ${runs} runs, each in a fresh browser context, each on a different municipality.
Machine load (1-minute load average) ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the runs: other work on the same 2 cores slows every figure.

| | target | median | all runs | |
|---|---|---|---|---|
| Municipality's roadmap list shows (navigation → entries on screen) | ≤ ${TARGETS.list} s | ${seconds(m.list)} | ${results.map((r) => seconds(r.list)).join(', ')} | ${verdict(m.list, TARGETS.list)} |
| Entry opens (click → fields filled in) | ≤ ${TARGETS.open} s | ${seconds(m.open)} | ${results.map((r) => seconds(r.open)).join(', ')} | ${verdict(m.open, TARGETS.open)} |
| School picker answers (typing a name → matching school offered, incl. Decap's 0.5 s search debounce) | ≤ ${TARGETS.picker} s | ${seconds(m.picker)} | ${results.map((r) => seconds(r.picker)).join(', ')} | ${verdict(m.picker, TARGETS.picker)} |
| Admin start: page load → signed in, collections shown | — | ${seconds(m.start)} | ${results.map((r) => seconds(r.start)).join(', ')} | — |

What it measures: Playwright drives the real interface and the times are wall-clock times seen by the
script, so they include Playwright's own polling (a few tens of milliseconds). Each step starts with
nothing loading (the editor is idle, as when a person reads the screen): the list is a navigation to
\`#/collections/roadmaps-<municipality>\` until the entry's link is on screen; the entry is a click on it
until the goal field holds the text from the file; the picker is typing a school's name into «Школа»
until that school is offered. The picker (Decap's relation widget) loads the municipality's whole school
collection, which stays small because schools are split by municipality too; repeated searches reuse
the listing for 30 s (cms/proxy-cache.ts).
`;
  writeFileSync(resolve('bench/cms-results.md'), note);
  console.log(`\n${note}`);
}

await main();
