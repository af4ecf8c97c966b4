import { z } from 'zod';
import { LOCALES } from '#lib/i18n/locales.ts';

/**
 * `/<lang>/issues/<date>/channel.json` in the build: one issue in one language, rendered
 * once by Astro, for the scripts that publish it elsewhere (WeChat, email) under plain Node.
 */
export const builtIssueSchema = z.strictObject({
  /** The language the issue is written in. */
  lang: z.enum(LOCALES),
  /** The issue's date and folder name, `2023-01-30`. */
  date: z.string(),
  /** The issue's number. */
  number: z.number().int(),
  /** The issue's title, the email's Subject. */
  title: z.string(),
  /** The issue's one-paragraph summary. */
  summary: z.string(),
  /** Absolute address of the issue's web page. */
  url: z.url(),
  /** The issue's body as HTML: absolute links, code colours inline, the site's classes still on. */
  html: z.string(),
});

export type BuiltIssue = z.infer<typeof builtIssueSchema>;
