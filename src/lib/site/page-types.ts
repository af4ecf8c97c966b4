/** The page types the build writes into `data-pagefind-meta`, which search results name. */
export const PAGE_TYPES = ['issue', 'pull', 'release', 'project', 'topic', 'demo', 'page', 'version'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
