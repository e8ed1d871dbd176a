/**
 * Change history of content files from one `git log` of the content root (src/lib/git.ts runs it):
 * the log is parsed here, and each modification's old and new file versions are compared field by
 * field (top-level YAML fields or frontmatter keys, plus `body` for a Markdown text). Pure functions.
 */

/** One file changed by a commit (`git log --raw --no-renames`). */
export interface FileChange {
  /** Path relative to the content root, e.g. roadmaps/lesnogorsk/sosh-7-lesnogorsk-2025.yaml. */
  path: string;
  /** A added, M modified, D deleted, T type changed. */
  status: string;
  oldBlob: string;
  newBlob: string;
}

export interface Commit {
  hash: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** First line of the commit message. */
  message: string;
  changes: FileChange[];
}

/** A file's content as data: YAML or frontmatter, and the Markdown body. */
export interface Parsed {
  data: unknown;
  body?: string;
}

/** One commit in the history of one file, newest first in a list. */
export interface HistoryItem {
  commit: string;
  date: string;
  message: string;
  /** The commit created the file. */
  created: boolean;
  /** Changed top-level fields (`body` for the Markdown text); [] for a creation, undefined when a version could not be read. */
  fields?: string[];
}

/** A file version: what `git show <commit>:<path>` would give, as its blob id. */
export interface Version {
  commit: string;
  date: string;
  blob: string;
}

/**
 * The format `git log` is run with (src/lib/git.ts): a record separator before each commit, unit
 * separators between hash, date and subject; with -z the raw lines and paths end in NUL.
 */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s';

const NULL_BLOB = /^0+$/;

/** Parses `git log -z --raw --no-abbrev --format=LOG_FORMAT` output. */
export function parseGitLog(text: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of text.split('\x1e')) {
    if (!record) continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
    const [hash, date, message = ''] = header.split('\x1f');
    if (!hash || !date) continue;
    const tokens = headerEnd < 0 ? [] : record.slice(headerEnd + 1).split('\0');
    const changes: FileChange[] = [];
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const raw = tokens[i].replace(/^\s+/, '');
      if (!raw.startsWith(':')) break;
      const [, , oldBlob, newBlob, status] = raw.slice(1).split(' ');
      changes.push({ path: tokens[i + 1], status: status.charAt(0), oldBlob, newBlob });
    }
    commits.push({ hash, date: date.slice(0, 10), message: message.trim(), changes });
  }
  return commits;
}

/** Blob ids whose content is needed to name the changed fields (both sides of each modification). */
export function blobsToCompare(commits: readonly Commit[]): Set<string> {
  const out = new Set<string>();
  for (const c of commits) {
    for (const ch of c.changes) {
      if (ch.status !== 'M' && ch.status !== 'T') continue;
      if (!NULL_BLOB.test(ch.oldBlob)) out.add(ch.oldBlob);
      if (!NULL_BLOB.test(ch.newBlob)) out.add(ch.newBlob);
    }
  }
  return out;
}

/** Deep equality of parsed YAML values; key order does not matter (a CMS re-save reorders keys). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((v, i) => sameValue(v, list[i]));
  }
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Top-level fields that differ between two versions, in the new version's order, then removed ones. */
export function changedFields(before: Parsed, after: Parsed): string[] {
  const a = record(before.data);
  const b = record(after.data);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const out = keys.filter((k) => !sameValue(a[k], b[k]));
  if ((before.body ?? '').trim() !== (after.body ?? '').trim()) out.push('body');
  return out;
}

const TOP_KEY = /^([A-Za-z_$][\w$-]*):(?:[ \t]|$)/;

/**
 * The top-level fields of a block-style YAML document as text, key → its lines (comments and blank
 * lines go with the field above). Undefined for any other form (flow style, complex keys…).
 */
export function topLevelBlocks(yamlText: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let key: string | undefined;
  let lines: string[] = [];
  for (const line of yamlText.split(/\r?\n/)) {
    const m = TOP_KEY.exec(line);
    if (m) {
      if (key !== undefined) out.set(key, lines.join('\n'));
      if (out.has(m[1])) return undefined;
      key = m[1];
      lines = [line];
    } else if (key !== undefined) lines.push(line);
    else if (line.trim() !== '' && !line.startsWith('#') && line !== '---') return undefined;
  }
  if (key !== undefined) out.set(key, lines.join('\n'));
  return out;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** YAML text and Markdown body of a file (the body only for Markdown with frontmatter). */
function splitFile(text: string, markdown: boolean): { yaml: string; body?: string } | undefined {
  if (!markdown) return { yaml: text };
  const m = FRONTMATTER.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length) } : undefined;
}

/**
 * Changed top-level fields between two versions of a file's text, cheaply: fields are cut out as
 * text, and only those whose text differs are parsed (`parseYaml`) to see whether their values
 * differ. Files in another form are parsed whole. Undefined when a version does not parse.
 */
export function changedFieldsOfTexts(before: string, after: string, markdown: boolean, parseYaml: (text: string) => unknown): string[] | undefined {
  const a = splitFile(before, markdown);
  const b = splitFile(after, markdown);
  if (!a || !b) return undefined;
  const body = (a.body ?? '').trim() !== (b.body ?? '').trim() ? ['body'] : [];
  const blocksA = topLevelBlocks(a.yaml);
  const blocksB = topLevelBlocks(b.yaml);
  try {
    if (!blocksA || !blocksB) return [...changedFields({ data: parseYaml(a.yaml) }, { data: parseYaml(b.yaml) }), ...body];
    const keys = [...new Set([...blocksB.keys(), ...blocksA.keys()])];
    const value = (blocks: Map<string, string>, key: string) => (blocks.has(key) ? record(parseYaml(blocks.get(key)!))[key] : undefined);
    const fields = keys.filter((k) => blocksA.get(k) !== blocksB.get(k) && !sameValue(value(blocksA, k), value(blocksB, k)));
    return [...fields, ...body];
  } catch {
    return undefined;
  }
}

/**
 * Histories of every file the log mentions, newest first. `fieldsOf` names the fields a
 * modification changed (undefined when its versions could not be read).
 */
export function fileHistories(commits: readonly Commit[], fieldsOf: (change: FileChange) => string[] | undefined): Map<string, HistoryItem[]> {
  const out = new Map<string, HistoryItem[]>();
  for (const c of commits) {
    for (const ch of c.changes) {
      if (ch.status === 'D') continue;
      const created = ch.status === 'A';
      const item: HistoryItem = { commit: c.hash, date: c.date, message: c.message, created, fields: created ? [] : fieldsOf(ch) };
      const list = out.get(ch.path);
      if (list) list.push(item);
      else out.set(ch.path, [item]);
    }
  }
  return out;
}

/** Every version of the given files, newest first (from the same log, no extra Git calls). */
export function fileVersions(commits: readonly Commit[], paths: ReadonlySet<string>): Map<string, Version[]> {
  const out = new Map<string, Version[]>();
  if (paths.size === 0) return out;
  for (const c of commits) {
    for (const ch of c.changes) {
      if (ch.status === 'D' || !paths.has(ch.path)) continue;
      const list = out.get(ch.path) ?? [];
      list.push({ commit: c.hash, date: c.date, blob: ch.newBlob });
      out.set(ch.path, list);
    }
  }
  return out;
}
