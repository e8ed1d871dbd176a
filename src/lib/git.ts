/**
 * The three Git calls of a build (never one per page): whether the content root is in a full
 * repository, one `git log` over the whole content root, and one `git cat-file --batch` for the file
 * versions that are compared. Any failure means "no history", never a failed build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LOG_FORMAT } from './history.ts';

/** ok: full history; shallow: a shallow clone (history cut off); none: not a Git repository or no git. */
export type RepoState = 'ok' | 'shallow' | 'none';

/** Git reads the repository from the directory, not from variables a hook or a parent process may have set. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CEILING_DIRECTORIES']) delete env[key];
  return env;
}

function git(dir: string, args: string[], input?: Buffer): Buffer | undefined {
  const result = spawnSync('git', args, { cwd: dir, env: gitEnv(), input, maxBuffer: 4 * 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout : undefined;
}

export function repoState(dir: string): RepoState {
  if (!existsSync(dir)) return 'none';
  const out = git(dir, ['rev-parse', '--is-shallow-repository'])?.toString('utf8').trim();
  if (out === 'true') return 'shallow';
  return out === 'false' ? 'ok' : 'none';
}

/** The whole log of the directory, paths relative to it; '' for a repository without commits. */
export function logText(dir: string): string {
  const args = ['-c', 'core.quotePath=false', 'log', '-z', '--raw', '--no-renames', '--no-abbrev', '--relative', `--format=${LOG_FORMAT}`, '--', '.'];
  return git(dir, args)?.toString('utf8') ?? '';
}

/** Contents of blobs by id, read by one `git cat-file --batch`. Missing blobs are left out. */
export function readBlobs(dir: string, ids: Iterable<string>): Map<string, string> {
  const list = [...ids];
  const out = new Map<string, string>();
  if (list.length === 0) return out;
  const buf = git(dir, ['cat-file', '--batch', '--buffer'], Buffer.from(list.join('\n') + '\n'));
  if (!buf) return out;
  let at = 0;
  while (at < buf.length) {
    const eol = buf.indexOf(0x0a, at);
    if (eol < 0) break;
    const [id, type, size] = buf.toString('utf8', at, eol).split(' ');
    at = eol + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    if (type === 'blob') out.set(id, buf.toString('utf8', at, at + n));
    at += n + 1;
  }
  return out;
}
