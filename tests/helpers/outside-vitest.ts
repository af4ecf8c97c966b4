/**
 * This process's environment without Vitest's markers (VITEST*, TEST, NODE_ENV=test),
 * which make Astro act as a test harness: a child `astro` then runs as it would from npm.
 */
export function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
}
