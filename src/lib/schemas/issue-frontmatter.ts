import { z } from 'zod';
import { dayProblem, isRealDay } from '#lib/days.ts';
import { itemRefSchema } from './item-ref.ts';

// An unquoted `2023-01-30` in YAML 1.1 (the frontmatter parser Astro uses) arrives as a Date.
const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().superRefine((value, context) => {
    const problem = dayProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
);

/** The order of two days, checked only when both are real: a bad day is reported once, as itself. */
const inOrder = (from: string, to: string) => !isRealDay(from) || !isRealDay(to) || from <= to;

/** Frontmatter of one language version of a digest issue (`content/issues/<date>/<lang>.mdx`). */
export const issueFrontmatterSchema = z
  .strictObject({
    /** Headline of the issue in this language. */
    title: z.string().min(1, 'the title must not be empty'),
    /** Running number of the issue, starting at 1; the same in both languages. */
    number: z.number().int().positive(),
    /** Publication date, which is also the issue's folder name. */
    date: isoDay,
    /** First day (inclusive) of the window of upstream activity the issue covers. */
    from: isoDay,
    /** Last day (inclusive) of that window. */
    to: isoDay,
    /** One or two sentences shown on the home page, in feeds and in search results. */
    summary: z.string().min(1, 'the summary must not be empty'),
    /** Topic slugs, such as `networking`, used for topic pages and feeds. */
    topics: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as `networking`')).default([]),
    /** Upstream items the issue covers, as `owner/repo#123` or `owner/repo@tag`. */
    items: z.array(itemRefSchema).min(1, 'an issue covers at least one upstream item'),
    /** A draft builds in development only, and stays out of feeds and the home page. */
    draft: z.boolean().default(false),
  })
  .refine((issue) => inOrder(issue.from, issue.to), { message: '`from` must not be after `to`', path: ['from'] })
  .refine((issue) => inOrder(issue.to, issue.date), { message: '`to` must not be after the issue `date`', path: ['to'] });

export type IssueFrontmatter = z.infer<typeof issueFrontmatterSchema>;
