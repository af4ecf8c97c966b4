import { readdir } from 'node:fs/promises';

/** Names of the demos: the folders under `content/demos/`. */
export async function listDemos(demosDir: string): Promise<string[]> {
  const entries = await readdir(demosDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}
