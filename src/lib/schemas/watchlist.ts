import { z } from 'zod';

const REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9._-]+$/;

/** What to gather from one repository. */
export const watchedRepoSchema = z.strictObject({
  /** `owner/repo` on GitHub (or on the Enterprise server GITHUB_API_URL points at). */
  repo: z.string().regex(REPO, 'expected `owner/repo`'),
  /** Merged pull requests to gather; leave out to gather none from this repository. */
  pulls: z
    .strictObject({
      /** A merged pull request is gathered when it carries any of these labels; an empty list gathers every merged one. */
      anyLabel: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /** Releases to gather; leave out to gather none from this repository. */
  releases: z
    .strictObject({
      /** Whether release candidates, betas and other pre-releases are gathered too. */
      prereleases: z.boolean().default(true),
    })
    .optional(),
});

/** `content/watchlist.yaml`: the repositories and rules `npm run gather` follows. */
export const watchlistSchema = z
  .strictObject({
    /** Every watched repository, each listed once. */
    repositories: z.array(watchedRepoSchema).min(1, 'list at least one repository'),
  })
  .superRefine((watchlist, ctx) => {
    const seen = new Set<string>();
    watchlist.repositories.forEach((entry, index) => {
      const key = entry.repo.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['repositories', index, 'repo'], message: `\`${entry.repo}\` is listed twice` });
      seen.add(key);
    });
  });

export type Watchlist = z.infer<typeof watchlistSchema>;
export type WatchedRepo = z.infer<typeof watchedRepoSchema>;
