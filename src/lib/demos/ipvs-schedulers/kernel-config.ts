// Reads the running kernel's build configuration: /proc/config.gz when the kernel
// exposes it (CONFIG_IKCONFIG_PROC), else /boot/config-<release> as distributions ship it.
import { readFile } from 'node:fs/promises';
import { release } from 'node:os';
import { gunzipSync } from 'node:zlib';

export type ConfigValue = 'y' | 'm' | 'n';

/** `CONFIG_X=y`, `=m`, and `# CONFIG_X is not set` (`n`); other values are kept as they are. */
export function parseKernelConfig(text: string): Map<string, string> {
  const config = new Map<string, string>();
  for (const line of text.split('\n')) {
    const set = /^(CONFIG_\w+)=(.*)$/.exec(line);
    if (set) config.set(set[1]!, set[2]!);
    const unset = /^# (CONFIG_\w+) is not set$/.exec(line);
    if (unset) config.set(unset[1]!, 'n');
  }
  return config;
}

/** A tristate option's value; an option missing from the file is not set. */
export function tristate(config: ReadonlyMap<string, string>, name: string): ConfigValue {
  const value = config.get(name);
  return value === 'y' || value === 'm' ? value : 'n';
}

export async function readKernelConfig(): Promise<{ source: string; config: Map<string, string> } | null> {
  try {
    return { source: '/proc/config.gz', config: parseKernelConfig(gunzipSync(await readFile('/proc/config.gz')).toString('utf8')) };
  } catch {
    // fall through to /boot
  }
  const boot = `/boot/config-${release()}`;
  try {
    return { source: boot, config: parseKernelConfig(await readFile(boot, 'utf8')) };
  } catch {
    return null;
  }
}
