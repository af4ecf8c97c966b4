import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

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

/** ETag cache on disk, one JSON file per URL, written atomically. */
export class EtagCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
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
    await mkdir(this.dir, { recursive: true });
    const entry: CachedResponse = { url, etag, status: response.status, headers, data: response.data };
    await writeFileAtomic(this.fileFor(url), JSON.stringify(entry));
  }
}
