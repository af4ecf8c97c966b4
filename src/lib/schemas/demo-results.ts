import { z } from 'zod';
import { machineInfoSchema } from './demo-machine.ts';
import { modeResultSchema } from './demo-mode-result.ts';
import { ipvsSchedulerSchema } from './ipvs-scheduler.ts';

/** Fields every results file has. */
const common = {
  /** Version of the results format. */
  schema: z.literal(1),
  /** The exact command that produced these results. */
  command: z.string(),
  /** The machine they were measured on. */
  machine: machineInfoSchema,
};

/** Probe settings shared by the socket demos. */
const probeSettings = {
  /** Probe connections per close mode. */
  connections: z.number().int().positive(),
  /** Seconds of sampling after each mode's last close. */
  watch: z.number().nonnegative(),
  /** One entry per close mode, in the order they ran. */
  modes: z.array(modeResultSchema),
};

/** `content/demos/<name>/results.json`: the latest recorded run of a demo. */
export const demoResultsSchema = z.discriminatedUnion('demo', [
  z.strictObject({
    ...common,
    /** TIME_WAIT after SO_LINGER on loopback, in the caller's own network namespace. */
    demo: z.literal('so-linger'),
    ...probeSettings,
  }),
  z.strictObject({
    ...common,
    /** The same probes in a fresh network namespace with connection tracking switched on. */
    demo: z.literal('conntrack'),
    ...probeSettings,
  }),
  z.strictObject({
    ...common,
    /** Which IPVS schedulers the running kernel offers. */
    demo: z.literal('ipvs-schedulers'),
    /** Where the kernel configuration was read from, or null when none was found. */
    configSource: z.string().nullable(),
    /** `CONFIG_IP_VS`: `y`, `m`, `n` (not set), or null when unknown. */
    ipvs: z.enum(['y', 'm', 'n']).nullable(),
    /** One entry per scheduler kube-proxy could be configured with. */
    schedulers: z.array(ipvsSchedulerSchema),
  }),
]);

export type DemoResults = z.infer<typeof demoResultsSchema>;
export type DemoName = DemoResults['demo'];
