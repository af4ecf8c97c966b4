import { z } from 'zod';

/** How a probe connection is closed: all call close(2); only SO_LINGER differs. */
export const CLOSE_MODES = ['fin', 'linger0', 'linger1'] as const;
export type CloseMode = (typeof CLOSE_MODES)[number];

/** Sockets or conntrack entries by TCP state. */
const counts = z.record(z.string(), z.number().int().nonnegative());

/** What one close mode measured. */
export const modeResultSchema = z.strictObject({
  /** `fin` (plain close), `linger0` (SO_LINGER on, 0 s) or `linger1` (on, 1 s). */
  mode: z.enum(CLOSE_MODES),
  /** Probes that completed a request and response. */
  completed: z.number().int(),
  /** Probes that failed or timed out. */
  failed: z.number().int(),
  /** Wall time of all N probes, in milliseconds. */
  elapsedMs: z.number(),
  /** The slowest single close(2), in milliseconds. */
  slowestCloseMs: z.number(),
  /** The mean close(2) time, in milliseconds. */
  meanCloseMs: z.number(),
  /** Samples from right after the last close, about one a second. */
  samples: z.array(
    z.strictObject({
      /** Seconds after this mode's last close. */
      t: z.number(),
      /** Client-side sockets by TCP state. */
      client: counts,
      /** Server-side sockets by TCP state. */
      server: counts,
      /** Local ports the client side still holds. */
      ephemeralPorts: z.number().int(),
      /** Conntrack entries by TCP state; null where there is no table to read. */
      conntrack: counts.nullable(),
    }),
  ),
});


export type ModeResult = z.infer<typeof modeResultSchema>;
