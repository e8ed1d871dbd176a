/**
 * Change history from Git: the log format is parsed, changed fields are named by comparing the
 * versions, and a real temporary repository gives the history of each file with one log read —
 * or a clear state (no repository, shallow clone) instead of an error.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentHistory } from '../../src/lib/content-history.ts';
import { changedFields, changedFieldsOfTexts, fileHistories, parseGitLog, sameValue, topLevelBlocks } from '../../src/lib/history.ts';
import { parseYaml } from '../../src/validation/load.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const Z = '0'.repeat(40);

describe('parseGitLog', () => {
  it('reads commits with their raw file changes (git log -z --raw)', () => {
    const text =
      `\x1e${'1'.repeat(40)}\x1f2025-03-02T10:00:00+03:00\x1fCMS: изменено «sosh-7-2025» (roadmaps-lesnogorsk)\0` +
      `\n:100644 100644 ${A} ${B} M\0roadmaps/lesnogorsk/sosh-7-2025.yaml\0:100644 100644 ${Z} ${C} A\0measures/новая мера.md\0` +
      `\x1e${'2'.repeat(40)}\x1f2025-01-15T09:00:00+00:00\x1fПервая версия\0\n:000000 100644 ${Z} ${A} A\0roadmaps/lesnogorsk/sosh-7-2025.yaml\0`;
    const commits = parseGitLog(text);
    expect(commits.map((c) => [c.date, c.message, c.changes.map((ch) => `${ch.status} ${ch.path}`)])).toEqual([
      ['2025-03-02', 'CMS: изменено «sosh-7-2025» (roadmaps-lesnogorsk)', ['M roadmaps/lesnogorsk/sosh-7-2025.yaml', 'A measures/новая мера.md']],
      ['2025-01-15', 'Первая версия', ['A roadmaps/lesnogorsk/sosh-7-2025.yaml']],
    ]);
    expect(commits[0].changes[0]).toMatchObject({ oldBlob: A, newBlob: B });
  });

  it('keeps a commit that touched no content file (a merge) without changes', () => {
    expect(parseGitLog(`\x1e${'3'.repeat(40)}\x1f2025-04-01T00:00:00Z\x1fMerge branch 'cms/x'\0`)[0].changes).toEqual([]);
  });
});

describe('changed fields', () => {
  it('names the top-level fields that differ, ignoring key order, and the Markdown body', () => {
    const before = { data: { title: 'Мера', steps: ['a', 'b'], review: { status: 'draft' } }, body: 'Текст\n' };
    const after = { data: { review: { status: 'draft' }, steps: ['a', 'c'], title: 'Мера' }, body: 'Новый текст\n' };
    expect(changedFields(before, after)).toEqual(['steps', 'body']);
    expect(changedFields({ data: { a: 1, gone: true } }, { data: { a: 1, added: [] } })).toEqual(['added', 'gone']);
    expect(sameValue({ x: { y: [1, { z: 2 }] } }, { x: { y: [1, { z: 2 }] } })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('builds each file’s history, newest first; a creation names no fields, an unreadable version none known', () => {
    const commits = parseGitLog(
      `\x1e${'1'.repeat(40)}\x1f2025-03-02T00:00:00Z\x1fВторое\0\n:100644 100644 ${A} ${B} M\0m.md\0` +
      `\x1e${'2'.repeat(40)}\x1f2025-02-01T00:00:00Z\x1fУдалён кусок\0\n:100644 100644 ${C} ${A} M\0m.md\0` +
      `\x1e${'3'.repeat(40)}\x1f2025-01-01T00:00:00Z\x1fПервое\0\n:000000 100644 ${Z} ${C} A\0m.md\0`,
    );
    const texts: Record<string, string> = { [A]: '---\ntitle: Т\n---\nа\n', [B]: '---\ntitle: Т2\n---\nа\n' };
    const history = fileHistories(commits, (ch) => (texts[ch.oldBlob] && texts[ch.newBlob] ? changedFieldsOfTexts(texts[ch.oldBlob], texts[ch.newBlob], true, parseYaml) : undefined)).get('m.md')!;
    expect(history.map((h) => [h.message, h.created, h.fields])).toEqual([
      ['Второе', false, ['title']],
      ['Удалён кусок', false, undefined],
      ['Первое', true, []],
    ]);
  });
});

describe('changed fields from the texts (only differing fields are parsed)', () => {
  const roadmap = 'school: sosh-1\n# комментарий\ngoal: Цель\nperiod:\n  start: 2025-01-15\n  end: 2025-12-20\ntasks:\n  - id: t1\n    text: Задача\n';
  it('cuts a block-style YAML file into its top-level fields', () => {
    expect([...topLevelBlocks(roadmap)!.entries()]).toEqual([
      ['school', 'school: sosh-1\n# комментарий'],
      ['goal', 'goal: Цель'],
      ['period', 'period:\n  start: 2025-01-15\n  end: 2025-12-20'],
      ['tasks', 'tasks:\n  - id: t1\n    text: Задача\n'],
    ]);
    expect(topLevelBlocks('{ school: sosh-1 }')).toBeUndefined();
    expect(topLevelBlocks('a: 1\na: 2\n')).toBeUndefined();
  });

  it('names changed values, not changed spelling: quotes, comments and key order do not count', () => {
    const respelled = 'goal: "Цель"\nschool: sosh-1\nperiod: { start: 2025-01-15, end: 2025-12-20 }\ntasks:\n  - text: Задача\n    id: t1\n';
    expect(changedFieldsOfTexts(roadmap, respelled, false, parseYaml)).toEqual([]);
    const changed = roadmap.replace('end: 2025-12-20', 'end: 2025-12-25').replace('goal: Цель', 'goal: Новая цель').concat('example: true\n');
    expect(changedFieldsOfTexts(roadmap, changed, false, parseYaml)).toEqual(['goal', 'period', 'example']);
    expect(changedFieldsOfTexts(roadmap, 'school: [\n', false, parseYaml)).toBeUndefined();
    expect(changedFieldsOfTexts('{ a: 1, b: 2 }', '{ a: 1, b: 3 }', false, parseYaml)).toEqual(['b']);
    expect(changedFieldsOfTexts('---\ntitle: А\n---\n\nТекст\n', '---\ntitle: А\n---\n\nДругой текст\n', true, parseYaml)).toEqual(['body']);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function git(dir: string, ...args: string[]) {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository whose content/ folder gets three commits; returns the content folder. */
function repoWithCommits(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-i15-history-'));
  dirs.push(dir);
  const content = join(dir, 'content');
  mkdirSync(join(content, 'measures'), { recursive: true });
  mkdirSync(join(content, 'roadmaps', 'm1'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.org');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  const commit = (message: string, date: string) => {
    git(dir, 'add', '-A');
    execFileSync('git', ['commit', '-q', '-m', message], { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } });
  };
  writeFileSync(join(content, 'measures', 'mera.md'), '---\ntitle: Мера\npurpose: Цель\n---\n\nТекст.\n');
  writeFileSync(join(content, 'roadmaps', 'm1', 'sosh-1-2025.yaml'), 'school: sosh-1\ngoal: Цель\nperiod:\n  start: 2025-01-15\n  end: 2025-12-20\n');
  writeFileSync(join(dir, 'README.md'), 'вне content/\n');
  commit('Первая версия', '2025-01-10');
  writeFileSync(join(content, 'measures', 'mera.md'), '---\npurpose: Новая цель\ntitle: Мера\n---\n\nНовый текст.\n');
  commit('Уточнена цель меры', '2025-02-10');
  writeFileSync(join(content, 'roadmaps', 'm1', 'sosh-1-2025.yaml'), 'school: sosh-1\ngoal: Цель\nperiod:\n  start: 2025-01-15\n  end: 2025-12-25\n');
  writeFileSync(join(dir, 'README.md'), 'снова вне content/\n');
  commit('Продлён срок', '2025-03-10');
  return content;
}

describe('readContentHistory on a real repository', () => {
  it('lists every content file’s commits with the changed fields, paths relative to the content root', () => {
    const content = repoWithCommits();
    const h = readContentHistory(content, new Set(['roadmaps/m1/sosh-1-2025.yaml']));
    expect(h.state).toBe('ok');
    expect([...h.files.keys()].sort()).toEqual(['measures/mera.md', 'roadmaps/m1/sosh-1-2025.yaml']);
    expect(h.files.get('measures/mera.md')!.map((i) => [i.date, i.message, i.fields])).toEqual([
      ['2025-02-10', 'Уточнена цель меры', ['purpose', 'body']],
      ['2025-01-10', 'Первая версия', []],
    ]);
    expect(h.files.get('roadmaps/m1/sosh-1-2025.yaml')![0].fields).toEqual(['period']);
    // Versions asked for come with their content, newest first.
    const versions = h.versions.get('roadmaps/m1/sosh-1-2025.yaml')!;
    expect(versions.map((v) => (v.parsed()?.data as { period: { end: string } }).period.end)).toEqual(['2025-12-25', '2025-12-20']);
    expect(h.stats.commits).toBe(3);
  });

  it('says «shallow» for a shallow clone and «none» outside a repository, without throwing', () => {
    const content = repoWithCommits();
    const clone = mkdtempSync(join(tmpdir(), 'shnor-i15-shallow-'));
    dirs.push(clone);
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${join(content, '..')}`, clone);
    expect(readContentHistory(join(clone, 'content')).state).toBe('shallow');
    const plain = mkdtempSync(join(tmpdir(), 'shnor-i15-nogit-'));
    dirs.push(plain);
    expect(readContentHistory(plain)).toMatchObject({ state: 'none', files: new Map() });
    expect(readContentHistory(join(plain, 'missing')).state).toBe('none');
  });
});
