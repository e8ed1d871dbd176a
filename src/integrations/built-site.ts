/**
 * The content the pages were built from, handed to the build's integrations: the prerendered pages
 * run in the same process as `astro build`, so `site()` (src/content.ts) leaves its promise here and
 * an `astro:build:done` hook can write files from the loaded content without reading it again.
 */
const KEY = Symbol.for('shnor.builtSite');

type Holder = { [KEY]?: Promise<unknown> };

export function publishSite<T>(site: Promise<T>): Promise<T> {
  (globalThis as Holder)[KEY] = site;
  return site;
}

/** The content loaded by the pages of this build; undefined when no page asked for it. */
export function builtSite<T>(): Promise<T> | undefined {
  return (globalThis as Holder)[KEY] as Promise<T> | undefined;
}

const STAMP = Symbol.for('shnor.buildStamp');
type StampHolder = { [STAMP]?: string };

/** Set by the incremental build (src/integrations/incremental.ts): what besides the content pages depend on. */
export function publishStamp(stamp: string): void {
  (globalThis as StampHolder)[STAMP] = stamp;
}

/** The build stamp when the build is incremental; undefined otherwise (pages get no cache keys). */
export function buildStamp(): string | undefined {
  return (globalThis as StampHolder)[STAMP];
}
