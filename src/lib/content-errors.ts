/** One problem found in the content, for a methodist to fix. */
export interface ContentError {
  /** File path relative to the project root, e.g. content/roadmaps/zarechnyy/sosh-1-2025.yaml. */
  file: string;
  /** Field path, e.g. activities[3].end; empty when the problem concerns the whole file. */
  field: string;
  /** What is wrong, then what to do, in Russian. */
  message: string;
}

/** A content file as read from disk, before and after schema checks. */
export interface RawEntry {
  /** Collection name (key of COLLECTIONS). */
  collection: string;
  /** Entry id: the file name without extension (and without the municipality folder). */
  id: string;
  /** Municipality folder for schools and roadmaps. */
  folder?: string;
  /** Path relative to the project root. */
  file: string;
  /** Parsed YAML or frontmatter; replaced by the schema's output when it passes. */
  data: unknown;
  /** Markdown body. */
  body?: string;
  /** The entry passed its schema. */
  valid?: boolean;
}

/** Path segments from zod or from a rule, as a readable field path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** The one-line Russian form of an error. */
export function formatError(e: ContentError): string {
  return e.field ? `Файл ${e.file}, поле ${e.field}: ${e.message}` : `Файл ${e.file}: ${e.message}`;
}
