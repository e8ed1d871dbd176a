/** Tolerant accessors for content that may have failed its schema, and a reporter of problems. */
import { toIsoDate } from '../schemas/common.ts';
import { fieldPath, type ContentError, type RawEntry } from './content-errors.ts';

export type Obj = Record<string, unknown>;
export type Path = (string | number)[];

export const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
export const date = (v: unknown): string | undefined => toIsoDate(v);

/** Collects problems as the validator reports them: file, field path, message. */
export class Problems {
  list: ContentError[] = [];
  add(entry: Pick<RawEntry, 'file'>, path: Path, message: string) {
    this.list.push({ file: entry.file, field: fieldPath(path), message });
  }
}

/** A problem at a path inside some value (the caller prefixes the path and names the file). */
export interface Problem {
  path: Path;
  message: string;
}
