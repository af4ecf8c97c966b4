// The options the site gives Pagefind's browser API, shared by the search scripts
// and the search-quality tests, so the tests rank exactly as readers' browsers do.

export const SEARCH_OPTIONS = {
  /** Words in an excerpt: about two lines under a result. */
  excerptLength: 24,
  ranking: {
    /**
     * A match in an issue's `issue` metadata ("上游 周报 第 1 期", "Upstream Weekly issue 1")
     * counts twice a title match: a search for the publication's name wants its issues, not
     * the About page whose title carries the name.
     */
    metaWeights: { issue: 10 },
  },
};

/** How many results the search page shows at first, and adds on each "more". */
export const SEARCH_PAGE_SIZE = 10;
