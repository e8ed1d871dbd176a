/**
 * The change history of a whole content root, read once per build: one `git log`, one
 * `git cat-file --batch` for the versions compared, parsed here. Pages look entries up by path.
 */
import { extname } from 'node:path';
import { parseFrontmatter, parseYaml } from '../validation/load.ts';
import { readBlobs, logText, repoState, type RepoState } from './git.ts';
import { blobsToCompare, fileHistories, fileVersions, parseGitLog, type HistoryItem, type Parsed } from './history.ts';

/** A version of a file with its content. */
export interface ParsedVersion {
  commit: string;
  date: string;
  parsed?: Parsed;
}

export interface ContentHistory {
  state: RepoState;
  /** History of each file by path relative to the content root, newest first. */
  files: Map<string, HistoryItem[]>;
  /** Every version, newest first, of the files asked for (`withVersions`). */
  versions: Map<string, ParsedVersion[]>;
  stats: { commits: number; changes: number; blobs: number; ms: number };
}

/** Parses a content file's text by its extension; undefined when it does not parse. */
export function parseContentFile(path: string, text: string): Parsed | undefined {
  try {
    const ext = extname(path);
    return ext === '.md' || ext === '.mdx' ? parseFrontmatter(text) : { data: parseYaml(text) };
  } catch {
    return undefined;
  }
}

/** Reads the history of `root` (a content folder inside a Git work tree). */
export function readContentHistory(root: string, withVersions: ReadonlySet<string> = new Set()): ContentHistory {
  const started = performance.now();
  const state = repoState(root);
  const empty = { state, files: new Map(), versions: new Map(), stats: { commits: 0, changes: 0, blobs: 0, ms: 0 } };
  if (state !== 'ok') return { ...empty, stats: { ...empty.stats, ms: performance.now() - started } };

  const commits = parseGitLog(logText(root));
  const versionList = fileVersions(commits, withVersions);
  const wanted = blobsToCompare(commits);
  const pathOf = new Map<string, string>();
  // A blob is parsed by its file's extension (YAML or Markdown with frontmatter).
  for (const c of commits) for (const ch of c.changes) pathOf.set(ch.newBlob, ch.path).set(ch.oldBlob, ch.path);
  for (const [path, list] of versionList) {
    for (const v of list) {
      wanted.add(v.blob);
      pathOf.set(v.blob, path);
    }
  }
  const texts = readBlobs(root, wanted);

  const cache = new Map<string, Parsed | undefined>();
  const parse = (blob: string) => {
    if (!cache.has(blob)) {
      const text = texts.get(blob);
      cache.set(blob, text === undefined ? undefined : parseContentFile(pathOf.get(blob) ?? '', text));
    }
    return cache.get(blob);
  };
  const files = fileHistories(commits, parse);
  const versions = new Map<string, ParsedVersion[]>();
  for (const [path, list] of versionList) versions.set(path, list.map((v) => ({ commit: v.commit, date: v.date, parsed: parse(v.blob) })));
  const changes = commits.reduce((n, c) => n + c.changes.length, 0);
  return { state, files, versions, stats: { commits: commits.length, changes, blobs: texts.size, ms: performance.now() - started } };
}
