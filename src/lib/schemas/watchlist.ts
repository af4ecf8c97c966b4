import { z } from 'zod';
import { REPO_NAME } from '#lib/upstream/refs.ts';

// Each field's comment is its `.describe()`, so editors show it too: `npm run watchlist:schema`
// publishes this schema as content/watchlist.schema.json, which the YAML names for completion.


export const watchedRepoSchema = z
  .strictObject({
    repo: z.string().regex(REPO_NAME, 'expected `owner/repo`').describe('`owner/repo` on GitHub (or on the Enterprise server GITHUB_API_URL points at).'),
    pulls: z
      .strictObject({
        anyLabel: z
          .array(z.string().min(1))
          .default([])
          .describe('A merged pull request is gathered when it carries any of these labels; an empty list gathers every merged one.'),
      })
      .optional()
      .describe('Merged pull requests to gather; leave out to gather none from this repository.'),
    releases: z
      .strictObject({
        prereleases: z.boolean().default(true).describe('Whether release candidates, betas and other pre-releases are gathered too.'),
      })
      .optional()
      .describe('Releases to gather; leave out to gather none from this repository.'),
  })
  .describe('What to gather from one repository.');

export const watchlistSchema = z
  .strictObject({
    repositories: z.array(watchedRepoSchema).min(1, 'list at least one repository').describe('Every watched repository, each listed once.'),
  })
  .superRefine((watchlist, ctx) => {
    const seen = new Set<string>();
    watchlist.repositories.forEach((entry, index) => {
      const key = entry.repo.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['repositories', index, 'repo'], message: `\`${entry.repo}\` is listed twice` });
      seen.add(key);
    });
  })
  .meta({ title: 'Upstream Weekly watchlist', description: 'The repositories and rules `npm run gather` follows (content/watchlist.yaml).' });

export type Watchlist = z.infer<typeof watchlistSchema>;
export type WatchedRepo = z.infer<typeof watchedRepoSchema>;
