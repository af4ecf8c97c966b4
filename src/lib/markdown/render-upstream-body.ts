// Renders an upstream body (a pull request description or release notes) the way
// GitHub shows it, and safely: GFM, `#123` and `owner/repo#123` autolinked (to this
// site's change page when the record exists, else to GitHub), raw HTML parsed, and
// then, after every other step, rehype-sanitize with GitHub's own schema.
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkGithub, { defaultBuildUrl } from 'remark-github';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeFragmentLinks, rehypeUpstreamBody } from './rehype-upstream-body.ts';

export interface BodyLinks {
  /** The site path of the change page for `owner/repo#n`, or null when there is no record. */
  changePage(ref: string): string | null;
}

/**
 * Markdown in, sanitized HTML out. `repo` resolves bare `#123`. One processor per
 * repository and link resolver is built and reused: building the pipeline costs
 * more than running it on a short body, and a site renders thousands.
 */
export function renderUpstreamBody(markdown: string, repo: string, links: BodyLinks): string {
  return String(processorFor(repo, links).processSync(markdown));
}

const processors = new WeakMap<BodyLinks, Map<string, ReturnType<typeof createProcessor>>>();

function processorFor(repo: string, links: BodyLinks) {
  const byRepo = processors.get(links) ?? new Map<string, ReturnType<typeof createProcessor>>();
  processors.set(links, byRepo);
  let processor = byRepo.get(repo);
  if (!processor) byRepo.set(repo, (processor = createProcessor(repo, links)));
  return processor;
}

function createProcessor(repo: string, links: BodyLinks) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkGithub, {
      repository: repo,
      mentionStrong: false,
      buildUrl(values) {
        if (values.type === 'issue') return links.changePage(`${values.user}/${values.project}#${values.no}`) ?? defaultBuildUrl(values);
        return defaultBuildUrl(values);
      },
    })
    // The sanitizer adds `user-content-` to ids itself; a second prefix would break footnotes.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(rehypeUpstreamBody, { repo })
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeFragmentLinks)
    .use(rehypeStringify)
    .freeze();
}
