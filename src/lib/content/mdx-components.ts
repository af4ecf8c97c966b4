/**
 * The components each kind of content may use, as the site's pages pass them to
 * `<Content components={…}>`. MDX compiles any other capitalised tag into a lookup
 * that fails when the page renders, so check refuses it first. A test keeps these
 * lists equal to what the pages pass.
 */
export const MDX_COMPONENTS = {
  /** content/issues/<date>/<lang>.mdx, rendered by src/pages/[lang]/issues/[date].astro and the feeds. */
  issues: ['Item', 'Placeholder', 'Demo'],
  /** content/demos/<name>/<lang>.mdx, rendered by src/pages/[lang]/demos/[name].astro. */
  demos: ['Item'],
  /** content/pages/<slug>/<lang>.mdx, rendered with no components. */
  pages: [],
} as const satisfies Record<string, readonly string[]>;

/** A tag MDX treats as a component rather than an HTML element: capitalised, or a member expression. */
export const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');
