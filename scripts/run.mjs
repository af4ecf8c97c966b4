// Entry point of every `npm run` script that is TypeScript: `node scripts/run.mjs NAME …`
// runs scripts/NAME.ts. Plain JavaScript on purpose, so that on a Node too old to run
// TypeScript it can still say so, instead of ERR_UNKNOWN_FILE_EXTENSION.
import { existsSync } from 'node:fs';

// Node runs .ts files by itself (type stripping) from 22.18 on the 22 line, and from 23.6.
const NEEDED = '22.18';
const [major, minor] = process.versions.node.split('.').map(Number);
const recentEnough = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

const name = process.argv[2] ?? '';
const script = new URL(`./${name}.ts`, import.meta.url);
if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(script)) {
  console.error(`run: no script called ${JSON.stringify(name)} in scripts/`);
  process.exit(2);
}
if (!recentEnough || !process.features.typescript) {
  const why = recentEnough ? 'with type stripping on (it is off: see NODE_OPTIONS)' : `(found ${process.version})`;
  console.error(`npm run ${name}: needs Node ≥ ${NEEDED} ${why}, which runs the TypeScript scripts by itself.\nInstall Node 22 (see .node-version), or put a newer node first on PATH.`);
  process.exit(1);
}
// The script reads its own arguments from process.argv.slice(2), as if it had been run directly.
process.argv.splice(2, 1);
await import(script.href);
