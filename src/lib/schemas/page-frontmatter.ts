import { z } from 'zod';

/** Frontmatter of a standing page such as About (`content/pages/<slug>/<lang>.mdx`). */
export const pageFrontmatterSchema = z.strictObject({
  /** Page heading and `<title>`. */
  title: z.string().min(1),
  /** Meta description for search engines and link previews. */
  description: z.string().min(1),
});
