// Which IPVS schedulers the running kernel can provide to kube-proxy. Nothing is
// loaded or changed: the demo reads the kernel configuration, the module tree and
// /sys/module, so it is safe to run anywhere.
import { access, readdir } from 'node:fs/promises';
import { release } from 'node:os';
import type { IpvsScheduler } from '#lib/schemas/ipvs-scheduler.ts';
import { readKernelConfig, tristate, type ConfigValue } from './kernel-config.ts';

/** Every scheduler in Linux's net/netfilter/ipvs, with its config option suffix. */
const SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'fo', 'ovf', 'lblc', 'lblcr', 'dh', 'sh', 'mh', 'sed', 'nq', 'twos'] as const;

/** The list kube-proxy validated against until kubernetes/kubernetes#114878 removed it. */
const FORMERLY_ALLOWED = new Set(['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'sh', 'dh', 'sed', 'nq']);

export interface SchedulerReport {
  configSource: string | null;
  ipvs: ConfigValue | null;
  schedulers: IpvsScheduler[];
}

const exists = (path: string) => access(path).then(() => true, () => false);

export async function findSchedulers(): Promise<SchedulerReport> {
  const kernel = await readKernelConfig();
  const moduleDir = `/lib/modules/${release()}/kernel/net/netfilter/ipvs`;
  const moduleFiles = await readdir(moduleDir).catch(() => [] as string[]);
  const schedulers: IpvsScheduler[] = [];
  for (const name of SCHEDULERS) {
    const config = kernel ? tristate(kernel.config, `CONFIG_IP_VS_${name.toUpperCase()}`) : null;
    const moduleFile = moduleFiles.some((file) => file.startsWith(`ip_vs_${name}.ko`));
    const loaded = await exists(`/sys/module/ip_vs_${name}`);
    schedulers.push({ name, formerlyAllowed: FORMERLY_ALLOWED.has(name), config, moduleFile, loaded, available: config === 'y' || moduleFile || loaded });
  }
  return { configSource: kernel?.source ?? null, ipvs: kernel ? tristate(kernel.config, 'CONFIG_IP_VS') : null, schedulers };
}
