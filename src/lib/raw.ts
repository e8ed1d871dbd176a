/** Accessors of raw content (entries that may have failed their schema): wrong shapes become empty values. */
export type Obj = Record<string, unknown>;
export type Path = (string | number)[];

export const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** A problem at a path inside some value (the caller prefixes the path and names the file). */
export interface Problem {
  path: Path;
  message: string;
}
