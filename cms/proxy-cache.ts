/**
 * Local editing (decap-server) reads every file of a folder on each listing, and Decap lists a
 * folder again for each search term the relation widget (the school picker) is asked. Repeated
 * listings within a short time are served from memory; any write empties the cache.
 */
import { ProxyBackend } from 'decap-cms-backend-proxy';

const TTL_MS = 30_000;

type Listing = Promise<unknown[]>;

export class CachedProxyBackend extends ProxyBackend {
  private listings = new Map<string, { at: number; value: Listing }>();

  entriesByFolder(folder: string, extension: string, depth: number): Listing {
    const key = `${folder}\u0000${extension}\u0000${depth}`;
    const hit = this.listings.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
    const value: Listing = super.entriesByFolder(folder, extension, depth);
    this.listings.set(key, { at: Date.now(), value });
    // A failed listing is not kept.
    value.catch(() => this.listings.delete(key));
    return value;
  }

  /** Empties the cache before a write and again when it has finished. */
  private writing(result: Promise<unknown>): Promise<unknown> {
    this.listings.clear();
    return result.finally(() => this.listings.clear());
  }

  persistEntry(...args: unknown[]) {
    return this.writing(super.persistEntry(...args));
  }
  publishUnpublishedEntry(...args: unknown[]) {
    return this.writing(super.publishUnpublishedEntry(...args));
  }
  deleteUnpublishedEntry(...args: unknown[]) {
    return this.writing(super.deleteUnpublishedEntry(...args));
  }
  deleteFiles(...args: unknown[]) {
    return this.writing(super.deleteFiles(...args));
  }
  persistMedia(...args: unknown[]) {
    return this.writing(super.persistMedia(...args));
  }
}
