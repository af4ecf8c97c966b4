import { readdir } from 'node:fs/promises';
import { ifThere } from '#lib/fs/if-there.ts';
import { langOfFileName, type Lang } from '#lib/i18n/locales.ts';

/** Names of the demos: the folders under `content/demos/`. */
export async function listDemos(demosDir: string): Promise<string[]> {
  const entries = await ifThere(readdir(demosDir, { withFileTypes: true }), []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Demo notes that exist, one entry per language file. */
export async function listDemoNotes(demosDir: string): Promise<Array<{ name: string; lang: Lang }>> {
  const notes: Array<{ name: string; lang: Lang }> = [];
  for (const name of await listDemos(demosDir)) {
    for (const file of await readdir(`${demosDir}/${name}`)) {
      const lang = langOfFileName(file);
      if (lang) notes.push({ name, lang });
    }
  }
  return notes;
}
