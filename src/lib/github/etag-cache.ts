import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { describeFsError, FileSystemError } from '#lib/cli/cli-errors.ts';

/** A response as kept on disk: enough to answer a later 304 as if it were the 200. */
export interface CachedResponse {
  url: string;
  etag: string;
  status: number;
  headers: Record<string, string>;
  data: unknown;
}

// Headers worth keeping: pagination and content type. Never anything about auth.
const KEPT_HEADERS = ['content-type', 'link', 'etag', 'last-modified'];

export interface EtagCacheOptions {
  /** Answer from the cache but write nothing (a dry run). */
  readOnly?: boolean;
  /** Told once when the cache cannot be written; the run goes on without saving to it. */
  warn?: (message: string) => void;
}

/** ETag cache on disk, one JSON file per URL, written atomically. A cache that cannot be written is a warning, not a failure. */
export class EtagCache {
  readonly dir: string;
  private writable: boolean;
  private readonly warn: (message: string) => void;
  constructor(dir: string, options: EtagCacheOptions = {}) {
    this.dir = dir;
    this.writable = !options.readOnly;
    this.warn = options.warn ?? (() => {});
  }

  private fileFor(url: string): string {
    return join(this.dir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
  }

  async get(url: string): Promise<CachedResponse | null> {
    try {
      const cached = JSON.parse(await readFile(this.fileFor(url), 'utf8')) as CachedResponse;
      return cached.url === url ? cached : null;
    } catch {
      // Missing or unreadable: behave as a cold cache.
      return null;
    }
  }

  async set(url: string, response: { status: number; headers: Record<string, string | number | undefined>; data: unknown }): Promise<void> {
    const etag = response.headers.etag;
    if (typeof etag !== 'string') return;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = response.headers[name];
      if (value !== undefined) headers[name] = String(value);
    }
    if (!this.writable) return;
    const entry: CachedResponse = { url, etag, status: response.status, headers, data: response.data };
    try {
      await writeIfChanged(this.fileFor(url), JSON.stringify(entry));
    } catch (error) {
      this.writable = false;
      this.warn(`warning: ${describeFsError(error instanceof FileSystemError ? error.cause : error, this.dir)}; going on without saving to the ETag cache (the next run asks GitHub for everything again)`);
    }
  }
}
