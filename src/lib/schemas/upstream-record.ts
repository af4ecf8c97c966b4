import { z } from 'zod';
import { upstreamPullSchema } from './upstream-pull.ts';
import { upstreamReleaseSchema } from './upstream-release.ts';

/** Any upstream record stored under `content/upstream/`, told apart by `type`. */
export const upstreamRecordSchema = z.discriminatedUnion('type', [upstreamPullSchema, upstreamReleaseSchema]);

export type UpstreamRecord = z.infer<typeof upstreamRecordSchema>;
export type { UpstreamPull } from './upstream-pull.ts';
export type { UpstreamRelease } from './upstream-release.ts';
