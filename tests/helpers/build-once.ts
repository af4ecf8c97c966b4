import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

/** Vitest global setup: one production build of the committed content, shared by the build tests. */
export async function setup(project: TestProject) {
  const result = await astroBuild();
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
  project.provide('distDir', result.outDir);
  return async () => {
    if (!process.env.KEEP_DIST) await rm(result.outDir, { recursive: true, force: true });
  };
}
