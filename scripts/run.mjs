// Entry point of every `npm run` script that is TypeScript: `node scripts/run.mjs NAME …`
// runs scripts/NAME.ts. Plain JavaScript on purpose, so that on a Node too old to run
// TypeScript it can still say so, instead of ERR_UNKNOWN_FILE_EXTENSION.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

// Astro's minimum. Node strips types by itself from 22.18; from 22.12 to 22.17 it needs a flag,
// so there the script runs in a child Node that has it.
const NEEDED = '22.12';
const [major, minor] = process.versions.node.split('.').map(Number);
const recentEnough = major > 22 || (major === 22 && minor >= 12);

const name = process.argv[2] ?? '';
const script = new URL(`./${name}.ts`, import.meta.url);
if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(script)) {
  console.error(`run: no script called ${JSON.stringify(name)} in scripts/`);
  process.exit(2);
}
if (!recentEnough) {
  console.error(`npm run ${name}: needs Node ≥ ${NEEDED} (found ${process.version}), which runs the TypeScript scripts by itself.\nInstall Node 22 (see .node-version), or put a newer node first on PATH.`);
  process.exit(1);
}
if (process.features.typescript) {
  // The script reads its own arguments from process.argv.slice(2), as if it had been run directly.
  process.argv.splice(2, 1);
  await import(script.href);
} else {
  const flags = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];
  const child = spawn(process.execPath, [...flags, script.pathname, ...process.argv.slice(3)], { stdio: 'inherit' });
  // Ctrl-C reaches the child too (same process group); it decides how to stop, and this waits for it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
}
