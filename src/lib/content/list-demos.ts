import { readdir } from 'node:fs/promises';

/** Names of the demos: the folders under `content/demos/`. */
export async function listDemos(demosDir: string): Promise<string[]> {
  const entries = await readdir(demosDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Demo notes that exist, one entry per language file. */
export async function listDemoNotes(demosDir: string): Promise<Array<{ name: string; lang: 'zh' | 'en' }>> {
  const notes: Array<{ name: string; lang: 'zh' | 'en' }> = [];
  for (const name of await listDemos(demosDir)) {
    for (const file of await readdir(`${demosDir}/${name}`)) {
      if (file === 'zh.mdx' || file === 'en.mdx') notes.push({ name, lang: file.slice(0, 2) as 'zh' | 'en' });
    }
  }
  return notes;
}
