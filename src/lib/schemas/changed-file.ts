import { z } from 'zod';

/** One file a pull request touched. */
export const changedFileSchema = z.strictObject({
  /** Path within the repository. */
  path: z.string(),
  /** `added`, `modified`, `removed`, `renamed` and the other GitHub statuses. */
  status: z.string(),
  /** Lines added, or null where the source did not say. */
  additions: z.number().int().nonnegative().nullable(),
  /** Lines deleted, or null where the source did not say. */
  deletions: z.number().int().nonnegative().nullable(),
});

export type ChangedFile = z.infer<typeof changedFileSchema>;
