import { z } from 'zod';

/** One published release, normalised from the GitHub REST API. */
export const upstreamReleaseSchema = z.strictObject({
  /** Version of this record format, bumped when a field changes meaning. */
  schema: z.literal(1),
  /** Discriminator: this record is a release. */
  type: z.literal('release'),
  /** Canonical reference, `owner/repo@tag`; it is the record's id. */
  ref: z.string(),
  /** `owner/repo` of the repository that published the release. */
  repo: z.string(),
  /** Git tag the release points at. */
  tag: z.string(),
  /** Release name as shown on GitHub: untrusted text, always escaped. */
  title: z.string(),
  /** GitHub login of whoever published it, or null when unknown. */
  author: z.string().nullable(),
  /** Web address of the release on GitHub. */
  url: z.url(),
  /** True for a release candidate, beta or other pre-release. */
  prerelease: z.boolean(),
  /** When the release was published (ISO 8601). */
  publishedAt: z.iso.datetime(),
  /** Branch or commit the tag was cut from. */
  targetCommitish: z.string(),
  /** The release notes: the body, trimmed, or null when empty. */
  releaseNote: z.string().nullable(),
  /** Pull requests and issues the notes mention, as `owner/repo#n`, sorted. */
  references: z.array(z.string()),
  /** The raw Markdown body: data, never compiled or injected as HTML. */
  body: z.string(),
});

export type UpstreamRelease = z.infer<typeof upstreamReleaseSchema>;
