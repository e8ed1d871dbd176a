/**
 * Test sites for the history browser tests: a temporary Git repository with a copy of the sample
 * content and a few dated commits (a roadmap returned and then resubmitted, a measure edited, reviews
 * of different ages), built with SHNOR_CONTENT pointing at it. And sites built from a shallow clone
 * and from a folder outside Git.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectionShapes } from '../../cms/collections.ts';
import { parseFile, serializeFile } from '../../cms/format.ts';
import { assemble, build, type TestSite } from '../fixtures/hostile/assemble.ts';

type Data = Record<string, any>;

export const ROADMAP = 'roadmaps/lesnogorsk/sosh-7-lesnogorsk-2025.yaml';
/** Measure edited by the third commit. */
export const EDITED = 'formiruyushchee-otsenivanie';
/** Measure reviewed long ago (due), and one reviewed recently (fresh). */
export const DUE = 'profilaktika-travli';
export const FRESH = 'sluzhba-primireniya';
/** The fresh review: a month before the build date, which monitoring and review freshness count from. */
export const FRESH_REVIEWED = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
export const NEW_ACTIVITY = 'Итоговая диагностика владения языком у детей, прибывших в сентябре';

export const COMMITS = [
  { date: '2025-02-27', message: 'Исходное содержимое: дорожная карта возвращена куратором' },
  { date: '2025-03-03', message: 'Учтены замечания куратора: показатель для задачи t5' },
  { date: '2025-03-05', message: 'Мера: уточнена цель' },
] as const;

/** A fixed folder per site: Astro keeps a content cache per content root (see assemble()). */
function siteRoot(name: string): string {
  const root = join(tmpdir(), 'shnor-test-sites', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  return root;
}

export function git(dir: string, args: string[], date?: string): string {
  const env = date ? { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00+03:00`, GIT_COMMITTER_DATE: `${date}T12:00:00+03:00` } : process.env;
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function init(dir: string) {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', 'history-test@example.org']);
  git(dir, ['config', 'user.name', 'History test']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
}

function commit(dir: string, c: { date: string; message: string }) {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', c.message], c.date);
}

/** Rewrites a content file through the CMS's own reader and writer (canonical YAML, as an editor would save it). */
function edit(content: string, path: string, change: (data: Data) => void) {
  const markdown = path.endsWith('.md');
  const shape = collectionShapes()[path.split('/')[0] as keyof ReturnType<typeof collectionShapes>];
  const data = parseFile(readFileSync(join(content, path), 'utf8'), markdown) as Data;
  change(data);
  writeFileSync(join(content, path), serializeFile(data, shape));
}

const reviewed = (date: string) => (m: Data) => void (m.review = { status: 'reviewed', reviewedBy: 'rma', date });

export interface GitSite extends TestSite {
  /** The Git repository (its content/ is the content root; dist/ lies outside it). */
  repo: string;
}

/** The sample content in a new repository with the three commits of COMMITS, built. */
export function gitSite(): GitSite {
  const root = siteRoot('i15-history');
  const repo = join(root, 'repo');
  const content = join(repo, 'content');
  cpSync(join(process.cwd(), 'content'), content, { recursive: true });
  // Evidence files live beside content/, as in the project (public/uploads/shkoly/<school>/).
  cpSync(join(process.cwd(), 'public', 'uploads'), join(repo, 'public', 'uploads'), { recursive: true });
  edit(content, `measures/${DUE}.md`, reviewed('2023-05-10'));
  edit(content, `measures/${FRESH}.md`, reviewed(FRESH_REVIEWED));
  init(repo);
  commit(repo, COMMITS[0]);

  edit(content, ROADMAP, (r) => {
    r.indicators.push({ id: 'i5', name: 'Доля прибывших в сентябре детей с базовым уровнем владения русским языком', unit: '%', baseline: 0, target: 60, method: 'диагностика владения русским языком в декабре' });
    r.indicators.find((i: Data) => i.id === 'i1').target = 75;
    r.activities[0].end = '2025-02-28';
    const t5 = r.activities.findIndex((a: Data) => a.task === 't5');
    r.activities.splice(t5 + 1, 0, { task: 't5', title: NEW_ACTIVITY, start: '2025-12-01', end: '2025-12-12', stage: 'stage2', responsible: 'учитель-логопед', indicator: 'i5', status: 'planned' });
    r.approval.history.push({ date: '2025-03-03', status: 'submitted', by: 'school-director' });
    r.approval.status = 'submitted';
  });
  commit(repo, COMMITS[1]);

  edit(content, `measures/${EDITED}.md`, (m) => {
    m.purpose = `${m.purpose} Уточнено для проверки истории изменений.`;
    m.body = `${m.body}\nАбзац, добавленный для проверки истории изменений.\n`;
  });
  commit(repo, COMMITS[2]);
  return { ...builtSite(root, content), repo };
}

function builtSite(root: string, content: string): TestSite {
  const site: TestSite = { root, content, dist: join(root, 'dist'), write: () => {}, remove: () => rmSync(root, { recursive: true, force: true }) };
  const result = build(site);
  if (!result.ok) throw new Error(`Сборка тестового сайта не удалась:\n${result.output.slice(-4000)}`);
  return site;
}

/** The small valid base of the hostile fixtures, committed twice, cloned with --depth 1 and built from the clone. */
export function shallowSite(): TestSite {
  const source = assemble([], 'i15-shallow-source');
  init(source.root);
  commit(source.root, { date: '2025-01-10', message: 'Первая версия' });
  writeFileSync(join(source.content, 'measures', 'proforientatsiya.md'), `${readFileSync(join(source.content, 'measures', 'proforientatsiya.md'), 'utf8')}\nЕщё абзац.\n`);
  commit(source.root, { date: '2025-02-10', message: 'Вторая версия' });
  const root = siteRoot('i15-shallow');
  git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${source.root}`, join(root, 'repo')]);
  source.remove();
  return builtSite(root, join(root, 'repo', 'content'));
}

/** The same base in a folder that is not a Git repository. */
export function plainSite(): TestSite {
  const site = assemble([], 'i15-nogit');
  return builtSite(site.root, site.content);
}
