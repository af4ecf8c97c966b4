import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeIfChanged } from './write-if-changed.ts';

interface KeptFile<T> {
  version: string;
  entries: Record<string, T>;
}

/**
 * A memo of values made from texts, kept in one JSON file between runs: `get` answers from
 * the file when it holds the text's digest, and `save` writes back what this run asked for,
 * so entries for texts that are gone drop out. The file is only a cache: one written by other
 * code (another `version`), unreadable or unwritable, is as good as none.
 */
export class KeptMemo<T> {
  readonly #file: string;
  readonly #version: string;
  #kept: Map<string, T> | undefined;
  readonly #used = new Map<string, T>();

  /** With `reuse` false nothing is read from the file, but what this run makes is still saved. */
  constructor(file: string, version: string, reuse = true) {
    this.#file = file;
    this.#version = version;
    if (!reuse) this.#kept = new Map();
  }

  /**
   * The value for `text`: kept from an earlier run, or made now and kept at the next save,
   * unless `keep` says it may come out otherwise next time.
   */
  get(text: string, make: () => T, keep: (value: T) => boolean = () => true): T {
    const key = createHash('sha256').update(text).digest('base64url');
    let value = this.#used.get(key) ?? this.#loaded().get(key);
    if (value === undefined) {
      value = make();
      if (!keep(value)) return value;
    }
    this.#used.set(key, value);
    return value;
  }

  /** Writes the values this run used; false when the file could not be written. Unchanged or unused, it is left alone. */
  async save(): Promise<boolean> {
    if (this.#used.size === 0) return true;
    const kept: KeptFile<T> = { version: this.#version, entries: Object.fromEntries(this.#used) };
    try {
      await writeIfChanged(this.#file, JSON.stringify(kept));
      return true;
    } catch {
      return false;
    }
  }

  #loaded(): Map<string, T> {
    if (this.#kept) return this.#kept;
    this.#kept = new Map();
    try {
      const file = JSON.parse(readFileSync(this.#file, 'utf8')) as Partial<KeptFile<T>>;
      if (file.version === this.#version && file.entries && typeof file.entries === 'object') this.#kept = new Map(Object.entries(file.entries));
    } catch {
      // None yet, or not one of ours: every value is made again.
    }
    return this.#kept;
  }
}
