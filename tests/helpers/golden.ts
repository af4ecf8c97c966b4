// Golden tests compare output with expected files; after a deliberate change,
// `UPDATE_GOLDEN=1 npx vitest run <file>` rewrites them. Never under CI: there a
// rewritten expectation would make a wrong output pass.
if (process.env.UPDATE_GOLDEN && process.env.CI) {
  throw new Error('UPDATE_GOLDEN is set under CI: expected files are only rewritten by hand, never by CI');
}

/** Whether this run rewrites expected files instead of comparing with them. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
