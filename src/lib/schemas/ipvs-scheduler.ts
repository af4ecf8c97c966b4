import { z } from 'zod';

/** One IPVS scheduler and whether the running kernel can provide it. */
export const ipvsSchedulerSchema = z.strictObject({
  /** Short name, as in `ipvsadm -s` and kube-proxy's `ipvs.scheduler`: `rr`, `mh`, … */
  name: z.string(),
  /** True for the ten kube-proxy accepted before kubernetes/kubernetes#114878. */
  formerlyAllowed: z.boolean(),
  /** Its `CONFIG_IP_VS_*` setting: `y`, `m`, `n`, or null when the configuration is unknown. */
  config: z.enum(['y', 'm', 'n']).nullable(),
  /** Whether a module file for it exists under /lib/modules for the running kernel. */
  moduleFile: z.boolean(),
  /** Whether it is loaded now (/sys/module/ip_vs_<name>). */
  loaded: z.boolean(),
  /** Built in, loaded, or loadable from a module file: kube-proxy could use it. */
  available: z.boolean(),
});

export type IpvsScheduler = z.infer<typeof ipvsSchedulerSchema>;
