/**
 * The content's Git history for pages, read once per build (src/lib/content-history.ts) from the
 * content root the build uses (SHNOR_CONTENT): «История изменений» of an entry, and for a roadmap
 * returned and resubmitted, what changed since the return.
 */
import { relative, resolve, sep } from 'node:path';
import { FIELD_LABELS, type EditableCollection } from '../cms/labels.ts';
import { site } from './content.ts';
import { t } from './i18n/index.ts';
import { readContentHistory, type ContentHistory } from './lib/content-history.ts';
import type { HistoryItem } from './lib/history.ts';
import { resubmittedAfter, returnBeforeResubmission, roadmapChanges, versionAtReturn, type RoadmapChanges } from './lib/roadmap-changes.ts';
import type { Entry } from './lib/site-index.ts';
import type { ApprovalStep } from './schemas/approval.ts';
import { roadmapSchema, type Roadmap } from './schemas/roadmaps.ts';

const ROOT = resolve(process.env.SHNOR_CONTENT ?? './content');

/** Entries as Astro loads them carry the file they come from, relative to the project (site-index types leave it out). */
type FileEntry = object;

/** Path of an entry's file relative to the content root, with forward slashes. */
export function contentPath(entry: FileEntry): string | undefined {
  const file = (entry as { filePath?: unknown }).filePath;
  return typeof file === 'string' ? relative(ROOT, resolve(file)).split(sep).join('/') : undefined;
}

let cached: Promise<ContentHistory> | undefined;

function load(): Promise<ContentHistory> {
  return (cached ??= site().then(({ roadmaps }) => {
    const resubmitted = roadmaps.filter((r) => returnBeforeResubmission(r.data.approval.history)).map((r) => contentPath(r));
    const history = readContentHistory(ROOT, new Set(resubmitted.filter((p): p is string => Boolean(p))));
    const { commits, changes, blobs, ms } = history.stats;
    console.log(`[shnor-history] история Git (${history.state}): коммитов ${commits}, изменений файлов ${changes}, прочитано версий ${blobs}, ${(ms / 1000).toFixed(1)} с`);
    return history;
  }));
}

export interface HistoryView {
  /** ok, or why there is no history: not a repository, a shallow clone, not committed yet. */
  state: 'ok' | 'none' | 'shallow' | 'untracked';
  items: (Omit<HistoryItem, 'fields'> & { fields?: string[] })[];
  total: number;
}

/** How many changes a page lists (newest first); the rest stays in Git. */
export const HISTORY_LIMIT = 15;

function fieldLabel(collection: EditableCollection, key: string): string {
  if (key === 'body') return t('history.body');
  return FIELD_LABELS[collection]?.[key]?.label ?? key;
}

/** «История изменений» of one entry, with Russian field labels. */
export async function historyOf(collection: EditableCollection, entry: FileEntry): Promise<HistoryView> {
  const history = await load();
  if (history.state !== 'ok') return { state: history.state, items: [], total: 0 };
  const path = contentPath(entry);
  const items = (path && history.files.get(path)) || [];
  if (!items.length) return { state: 'untracked', items: [], total: 0 };
  const shown = items.slice(0, HISTORY_LIMIT).map((i) => ({ ...i, fields: i.fields?.map((k) => fieldLabel(collection, k)) }));
  return { state: 'ok', items: shown, total: items.length };
}

export interface ChangesSinceReturn {
  returned: ApprovalStep;
  /** Date of the commit that recorded the return; undefined when no version holds it. */
  versionDate?: string;
  changes?: RoadmapChanges;
}

const asRoadmap = (data: unknown): Roadmap | undefined => {
  const parsed = roadmapSchema.safeParse(data);
  return parsed.success ? parsed.data : (data as Roadmap | undefined);
};

/** For a roadmap returned and then resubmitted: the comparison with its version at the return. */
export async function changesSinceReturn(roadmap: Entry<Roadmap> & FileEntry): Promise<ChangesSinceReturn | undefined> {
  const returned = returnBeforeResubmission(roadmap.data.approval.history);
  if (!returned) return undefined;
  const path = contentPath(roadmap);
  const versions = (path && (await load()).versions.get(path)) || [];
  const version = versionAtReturn(versions, returned, (v) => asRoadmap(v.parsed()?.data)?.approval?.history);
  const before = version && asRoadmap(version.parsed()?.data);
  if (!version || !before || resubmittedAfter(before.approval?.history ?? [], returned)) return { returned };
  return { returned, versionDate: version.date, changes: roadmapChanges(before, roadmap.data) };
}
