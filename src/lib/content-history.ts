/**
 * The change history of a whole content root, read once per build: one `git log`, one
 * `git cat-file --batch` for the versions compared, compared here. Pages look entries up by path.
 */
import { extname } from 'node:path';
import { parseFrontmatter, parseYaml } from '../validation/load.ts';
import { readBlobs, logText, repoState, type RepoState } from './git.ts';
import { blobsToCompare, changedFieldsOfTexts, fileHistories, fileVersions, parseGitLog, type HistoryItem, type Parsed } from './history.ts';

/** A version of a file; its content is parsed when first asked for. */
export interface ParsedVersion {
  commit: string;
  date: string;
  parsed(): Parsed | undefined;
}

export interface ContentHistory {
  state: RepoState;
  /** History of each file by path relative to the content root, newest first. */
  files: Map<string, HistoryItem[]>;
  /** Every version, newest first, of the files asked for (`withVersions`). */
  versions: Map<string, ParsedVersion[]>;
  stats: { commits: number; changes: number; blobs: number; ms: number };
}

const isMarkdown = (path: string) => extname(path) === '.md' || extname(path) === '.mdx';

/** Parses a content file's text by its extension; undefined when it does not parse. */
export function parseContentFile(path: string, text: string): Parsed | undefined {
  try {
    return isMarkdown(path) ? parseFrontmatter(text) : { data: parseYaml(text) };
  } catch {
    return undefined;
  }
}

/** Reads the history of `root` (a content folder inside a Git work tree). */
export function readContentHistory(root: string, withVersions: ReadonlySet<string> = new Set()): ContentHistory {
  const started = performance.now();
  const state = repoState(root);
  const stats = { commits: 0, changes: 0, blobs: 0, ms: 0 };
  if (state !== 'ok') return { state, files: new Map(), versions: new Map(), stats: { ...stats, ms: performance.now() - started } };

  const commits = parseGitLog(logText(root));
  const versionList = fileVersions(commits, withVersions);
  const wanted = blobsToCompare(commits);
  for (const list of versionList.values()) for (const v of list) wanted.add(v.blob);
  const texts = readBlobs(root, wanted);

  const files = fileHistories(commits, (ch) => {
    const before = texts.get(ch.oldBlob);
    const after = texts.get(ch.newBlob);
    return before === undefined || after === undefined ? undefined : changedFieldsOfTexts(before, after, isMarkdown(ch.path), parseYaml);
  });
  const versions = new Map<string, ParsedVersion[]>();
  for (const [path, list] of versionList) {
    versions.set(path, list.map((v) => {
      let cached: { value: Parsed | undefined } | undefined;
      const text = texts.get(v.blob);
      const parsed = () => (cached ??= { value: text === undefined ? undefined : parseContentFile(path, text) }).value;
      return { commit: v.commit, date: v.date, parsed };
    }));
  }
  stats.blobs = texts.size;
  // The versions keep the texts they need; the rest are not held for the whole build.
  texts.clear();
  stats.commits = commits.length;
  stats.changes = commits.reduce((n, c) => n + c.changes.length, 0);
  stats.ms = performance.now() - started;
  return { state, files, versions, stats };
}
