/**
 * npm run bench:history [-- --schools 20000] [--keep]
 * What «История изменений» costs a national build: the generated corpus (scripts/bench/generate-corpus.ts)
 * is committed into a temporary repository with a few more commits that touch part of it, then the
 * build's history read (src/lib/content-history.ts: one `git log`, one `git cat-file --batch`) is timed
 * phase by phase, against what one `git log` per page would cost. Writes bench/history-results.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../scripts/bench/generate-corpus.ts';
import { readContentHistory } from '../src/lib/content-history.ts';
import { logText, readBlobs, repoState } from '../src/lib/git.ts';
import { blobsToCompare, changedFieldsOfTexts, fileHistories, parseGitLog } from '../src/lib/history.ts';
import { parseYaml } from '../src/validation/load.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SCHOOLS = Number(arg('schools', '20000'));
const OUT = arg('out', 'bench/history-results.md');

const root = mkdtempSync(join(tmpdir(), 'shnor-i15-bench-history-'));
const content = join(root, 'content');
const git = (argv: string[], date?: string) =>
  execFileSync('git', argv, {
    cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'],
    env: date ? { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : process.env,
  });
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

/** Files of a collection folder (roadmaps and schools are one level deeper), relative to content/. */
function files(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(content, folder), { withFileTypes: true })) {
    if (name.isDirectory()) for (const inner of readdirSync(join(content, folder, name.name))) out.push(`${folder}/${name.name}/${inner}`);
    else out.push(`${folder}/${name.name}`);
  }
  return out.sort();
}

/** Rewrites every `step`-th file of a list with `change`; returns how many changed. */
function touch(list: string[], step: number, change: (text: string, i: number) => string): number {
  let n = 0;
  list.forEach((path, i) => {
    if (i % step !== 0) return;
    const abs = join(content, path);
    writeFileSync(abs, change(readFileSync(abs, 'utf8'), i));
    n++;
  });
  return n;
}

/** Adds « (уточнено)» to a one-line top-level field, quoted or not. */
const amend = (key: string) => (text: string) => text.replace(new RegExp(`^(${key}: )(['"]?)(.*?)\\2$`, 'm'), '$1$2$3 (уточнено)$2');

function commit(message: string, date: string): number {
  const t = performance.now();
  git(['add', '-A']);
  git(['commit', '-q', '-m', message], date);
  return performance.now() - t;
}

console.log(`Корпус: ${SCHOOLS} школ → ${content}`);
const [manifest, generateMs] = timed(() => generateCorpus({ schools: SCHOOLS, municipalities: 60, measures: 500, practices: 200, out: content }));
git(['init', '-q', '-b', 'main']);
git(['config', 'user.email', 'bench@example.org']);
git(['config', 'user.name', 'Bench']);
git(['config', 'commit.gpgsign', 'false']);

const roadmaps = files('roadmaps');
const measures = files('measures');
const municipalities = files('municipalities');
const commits: { message: string; files: number; ms: number }[] = [];
commits.push({ message: 'Исходное содержимое', files: manifest.files, ms: commit('Исходное содержимое', '2025-01-15T10:00:00+03:00') });
const steps: [string, string, () => number][] = [
  ['Статусы мероприятий (каждая 10-я дорожная карта)', '2025-03-01T10:00:00+03:00', () => touch(roadmaps, 10, (t) => t.replace('status: planned', 'status: in_progress'))],
  ['Цели мер уточнены (каждая 5-я мера)', '2025-04-01T10:00:00+03:00', () => touch(measures, 5, amend('purpose'))],
  ['Сроки программ муниципалитетов', '2025-05-01T10:00:00+03:00', () => touch(municipalities, 1, amend('coordinatorOrg'))],
  ['Цели дорожных карт (каждая 4-я)', '2025-06-01T10:00:00+03:00', () => touch(roadmaps, 4, amend('goal'))],
];
for (const [message, date, change] of steps) {
  const n = change();
  commits.push({ message, files: n, ms: commit(message, date) });
}

// A CI build works on a fresh clone, whose objects come packed: pack them the same way.
const [, packMs] = timed(() => git(['repack', '-adq']));

// The roadmaps whose versions a build reads (returned and resubmitted): here, every 20th.
const withVersions = new Set(roadmaps.filter((_, i) => i % 20 === 0));

// The whole read as src/content-history.ts calls it: the first one, then the median of 3 more.
// With --expose-gc (npm run bench:history), the heap the result holds for the whole build is measured too.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const first = readContentHistory(content, withVersions);
gc?.();
const heldBytes = process.memoryUsage().heapUsed - heapBefore;
const totals = [0, 1, 2].map(() => readContentHistory(content, withVersions).stats.ms).sort((a, b) => a - b);
const whole = first;

// Phase by phase, as the build does it (after the reads above: warm caches).
const [state, stateMs] = timed(() => repoState(content));
const [log, logMs] = timed(() => logText(content));
const [parsed, parseMs] = timed(() => parseGitLog(log));
const wanted = blobsToCompare(parsed);
const [texts, blobsMs] = timed(() => readBlobs(content, wanted));
const [histories, compareMs] = timed(() => fileHistories(parsed, (ch) => {
  const before = texts.get(ch.oldBlob);
  const after = texts.get(ch.newBlob);
  return before === undefined || after === undefined ? undefined : changedFieldsOfTexts(before, after, ch.path.endsWith('.md'), parseYaml);
}));
const named = [...histories.values()].flat().filter((h) => !h.created && h.fields?.length).length;

// One `git log` per page instead: timed on 200 files, extrapolated to every page with a history.
const sample = roadmaps.filter((_, i) => i % Math.ceil(roadmaps.length / 200) === 0);
const [, perFileMs] = timed(() => sample.forEach((p) => execFileSync('git', ['log', '--format=%H', '--', p], { cwd: content })));
const pagesWithHistory = histories.size;
const perPageEstimate = (perFileMs / sample.length) * pagesWithHistory;

const gitVersion = git(['--version']).trim();
const lines = [
  '# Benchmark: change history from Git («История изменений»)',
  '',
  `Run of \`npm run bench:history\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1e9).toFixed(1)} GB RAM, Node ${process.version}, ${gitVersion}. Corpus of scripts/bench/generate-corpus.ts: ${manifest.counts.schools} schools and roadmaps, ${manifest.counts.municipalities} municipalities, ${manifest.counts.measures} measures, ${manifest.counts.practices} practices (${manifest.files} files, ${mb(manifest.bytes)}; generated in ${seconds(generateMs)}), committed into a temporary repository, then four more commits:`,
  '',
  '| commit | files changed | git add + commit |',
  '|---|---|---|',
  ...commits.map((c, i) => `| ${c.message} | ${parsed[parsed.length - 1 - i]?.changes.length ?? c.files} | ${seconds(c.ms)} |`),
  '',
  `The objects were then packed as in a fresh clone (\`git repack -ad\`, ${seconds(packMs)}). The build reads the history once (src/content-history.ts → src/lib/content-history.ts): three Git processes in all, whatever the number of pages. Repository state: ${state}. The phases below were timed after the whole reads, with warm caches.`,
  '',
  '| phase | figure |',
  '|---|---|',
  `| \`git rev-parse --is-shallow-repository\` | ${seconds(stateMs)} |`,
  `| one \`git log -z --raw\` over content/ (${parsed.length} commits, ${parsed.reduce((n, c) => n + c.changes.length, 0)} file changes, ${mb(Buffer.byteLength(log))} of output) | ${seconds(logMs)} |`,
  `| parsing the log | ${seconds(parseMs)} |`,
  `| one \`git cat-file --batch\`: ${texts.size} versions of modified files | ${seconds(blobsMs)} |`,
  `| naming the changed fields (top-level fields cut out as text; only differing ones parsed) | ${seconds(compareMs)} |`,
  `| **whole read, as the build runs it** (with the versions of ${withVersions.size} returned-and-resubmitted roadmaps): first read | **${seconds(first.stats.ms)}** |`,
  `| … median of 3 more reads | ${seconds(totals[1])} |`,
  `| heap the result holds during the build (after garbage collection) | ${gc ? mb(heldBytes) : 'not measured (run with node --expose-gc)'} |`,
  `| files with a history (pages that show one) | ${pagesWithHistory} (${whole.files.size} in the whole read) |`,
  `| modifications whose changed fields were named | ${named} |`,
  `| for comparison: one \`git log -- <file>\` per page (${sample.length} timed, ${seconds(perFileMs / sample.length)} each), for all ${pagesWithHistory} pages | ${seconds(perPageEstimate)} (estimate) |`,
  '',
  `The national build itself takes minutes (bench/results.md); the history adds ${seconds(first.stats.ms)} to it, read once before the first page is rendered. Every page then looks its entry up in a Map. The page-per-process alternative would cost about ${Math.round(perPageEstimate / Math.max(first.stats.ms, 1))} times as much.`,
  '',
];
writeFileSync(OUT, lines.join('\n'));
console.log(lines.join('\n'));
if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
else console.log(`Репозиторий оставлен: ${root}`);
