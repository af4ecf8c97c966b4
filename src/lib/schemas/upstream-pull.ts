import { z } from 'zod';
import { changedFileSchema } from './changed-file.ts';

/** One merged (or open, or closed) pull request, normalised from the GitHub REST API. */
export const upstreamPullSchema = z.strictObject({
  /** Version of this record format, bumped when a field changes meaning. */
  schema: z.literal(1),
  /** Discriminator: this record is a pull request. */
  type: z.literal('pull'),
  /** Canonical reference, `owner/repo#number`; it is the record's id. */
  ref: z.string(),
  /** `owner/repo` of the repository the pull request was opened against. */
  repo: z.string(),
  /** Pull request number within the repository. */
  number: z.number().int().positive(),
  /** Title as written upstream: untrusted text, always escaped when shown. */
  title: z.string(),
  /** GitHub login of the author, or null when the account is gone. */
  author: z.string().nullable(),
  /** Web address of the pull request on GitHub. */
  url: z.url(),
  /** `merged`, `open` or `closed` (closed without merging). */
  state: z.enum(['merged', 'open', 'closed']),
  /** When the pull request was opened (ISO 8601). */
  createdAt: z.iso.datetime(),
  /** When it was merged (ISO 8601), or null when it was not. */
  mergedAt: z.iso.datetime().nullable(),
  /** Label names, sorted, as GitHub reports them. */
  labels: z.array(z.string()),
  /** Milestone title, such as `v1.27`, or null. */
  milestone: z.string().nullable(),
  /** Text of the release-note block, or null when there is none or it says NONE. */
  releaseNote: z.string().nullable(),
  /** Other pull requests and issues the body mentions, as `owner/repo#n`, sorted. */
  references: z.array(z.string()),
  /** Files the pull request touched, in GitHub's order. */
  files: z.array(changedFileSchema),
  /** The raw Markdown body: data, never compiled or injected as HTML. */
  body: z.string(),
}).refine((pull) => (pull.state === 'merged') === (pull.mergedAt !== null), {
  path: ['mergedAt'],
  message: 'a merged pull request has a merge date, and only a merged one does',
});

export type UpstreamPull = z.infer<typeof upstreamPullSchema>;
