import { z } from 'zod';
import { itemRefSchema } from './item-ref.ts';

/** Frontmatter of a demo's notes (`content/demos/<name>/<lang>.mdx`). */
export const demoFrontmatterSchema = z.strictObject({
  /** Page heading and `<title>`. */
  title: z.string().min(1),
  /** One or two sentences: what the demo checks. Shown on cards, in lists and in search results. */
  description: z.string().min(1),
  /** The upstream changes whose claims the demo checks. */
  checks: z.array(itemRefSchema).default([]),
});

export type DemoFrontmatter = z.infer<typeof demoFrontmatterSchema>;
