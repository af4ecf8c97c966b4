// What an MDX module compiles from, as one key (src/integrations/mdx-compile-cache.ts): its
// path and text, the code that compiles it, and which of the records it names exist.
import { createHash } from 'node:crypto';
import { sourceDigest } from '#lib/fs/source-digest.ts';
import { linkedRecords } from '#lib/upstream/linked-records.ts';

/**
 * The code a compile runs, from the project root: the config with its remark and rehype
 * plugins, everything under src/lib and src/integrations they may import, and the lockfile
 * for the packages (Astro, MDX, Shiki and the rest). Broad on purpose: any change there
 * compiles every module once more.
 */
const COMPILER = ['package-lock.json', 'astro.config.mjs', 'src/lib', 'src/integrations'];

export const codeDigest = (root: string): string => sourceDigest(COMPILER, root);

export interface MdxCompileInput {
  /** The module's path, which its links' language comes from. */
  id: string;
  /** Its whole text, frontmatter included. */
  source: string;
  /** codeDigest() of the project. */
  code: string;
  /** Whether a record exists: a mention of one that exists becomes a link to its page. */
  hasRecord(ref: string): boolean;
}

export function mdxCompileKey(input: MdxCompileInput): string {
  const records = linkedRecords(input.source, { has: input.hasRecord });
  return createHash('sha256').update(JSON.stringify([input.id, input.source, input.code, records])).digest('base64url').slice(0, 43);
}
