// A loopback stand-in for the GitHub REST API, serving the recorded objects under
// tests/fixtures/github/. It answers the endpoints gather uses, with ETags, 304s,
// pagination, rate-limit headers and an optional `/api/v3` prefix (as on GitHub
// Enterprise), and can be told to misbehave: queued faults answer first.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface Fault {
  /** Which requests it applies to: matched against the path (without /api/v3 and query). */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  /** A raw body; a JSON body is given as an object. */
  body?: string | object;
  /** How many requests it answers before normal service resumes (default 1). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  ifNoneMatch: string | null;
  authorized: boolean;
  status: number;
}

export interface FixtureServer {
  url: string;
  requests: LoggedRequest[];
  addFault(fault: Fault): void;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  fixturesDir: string;
  /** Delay before each answer (ms), to let a test interrupt a run mid-way. */
  delayMs?: number;
  /** Page size when the client asks for none (GitHub's default is 30). */
  defaultPerPage?: number;
  /** Largest page served whatever the client asks, to exercise pagination. */
  maxPerPage?: number;
}

interface Fixtures {
  pulls: Map<string, { pull: any; files: any[] }>;
  releases: Map<string, any[]>;
}

function loadFixtures(dir: string): Fixtures {
  const pulls = new Map<string, { pull: any; files: any[] }>();
  const releases = new Map<string, any[]>();
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  const pullsDir = join(dir, 'pulls');
  for (const owner of existsSync(pullsDir) ? readdirSync(pullsDir) : []) {
    for (const repo of readdirSync(join(pullsDir, owner))) {
      for (const file of readdirSync(join(pullsDir, owner, repo)).filter((name) => /^\d+\.json$/.test(name))) {
        const filesPath = join(pullsDir, owner, repo, file.replace('.json', '.files.json'));
        pulls.set(`${owner}/${repo}#${file.replace('.json', '')}`, {
          pull: read(join(pullsDir, owner, repo, file)),
          files: existsSync(filesPath) ? read(filesPath) : [],
        });
      }
    }
  }
  const releasesDir = join(dir, 'releases');
  for (const owner of existsSync(releasesDir) ? readdirSync(releasesDir) : []) {
    for (const repo of readdirSync(join(releasesDir, owner))) {
      const list = readdirSync(join(releasesDir, owner, repo)).map((file) => read(join(releasesDir, owner, repo, file)));
      // GitHub lists releases by created_at (the tagged commit's date), newest first.
      list.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
      releases.set(`${owner}/${repo}`, list);
    }
  }
  return { pulls, releases };
}

/** Parses the parts of a search query gather sends: repo, merged window, labels. */
function parseQuery(q: string) {
  const repo = /\brepo:(\S+)/.exec(q)?.[1] ?? '';
  const merged = /\bmerged:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(q);
  const labelPart = /\blabel:((?:"[^"]*"|[^\s,]+)(?:,(?:"[^"]*"|[^\s,]+))*)/.exec(q)?.[1];
  const labels = labelPart ? labelPart.split(',').map((label) => label.replace(/^"|"$/g, '')) : [];
  return { repo, since: merged?.[1] ?? '0000', until: merged?.[2] ?? '9999', labels };
}

export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const fixtures = loadFixtures(options.fixturesDir);
  const faults: Array<Required<Pick<Fault, 'times'>> & Fault> = [];
  const requests: LoggedRequest[] = [];
  let remaining = 5000;
  const reset = Math.floor(Date.now() / 1000) + 3600;

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fixture.local');
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const ifNoneMatch = req.headers['if-none-match'] ?? null;
    const authorized = typeof req.headers.authorization === 'string';
    const send = (status: number, body: string | object | null, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? 'GET', path: `${path}${url.search}`, ifNoneMatch: ifNoneMatch as string | null, authorized, status });
      const limit = authorized ? 5000 : 60;
      const text = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.min(remaining, limit)),
        'x-ratelimit-reset': String(reset),
        ...headers,
      });
      res.end(text);
    };
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));

    const fault = faults.find((candidate) => candidate.path.test(path) && candidate.times > 0);
    if (fault) {
      fault.times--;
      return send(fault.status, fault.body ?? null, fault.headers);
    }

    // A JSON answer with an ETag; a matching If-None-Match gets a 304 that costs no quota.
    const answer = (body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      const etag = `"${createHash('sha1').update(text).digest('hex')}"`;
      if (ifNoneMatch === etag) return send(304, null, { etag });
      remaining--;
      return send(200, text, { etag, ...headers });
    };
    const notFound = () => send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const paged = (list: unknown[]) => {
      const perPage = Math.min(Number(url.searchParams.get('per_page')) || options.defaultPerPage || 30, options.maxPerPage ?? 100);
      const page = Number(url.searchParams.get('page')) || 1;
      const last = Math.max(1, Math.ceil(list.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(url.href.replace('http://fixture.local', `http://${req.headers.host}`));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return { items: list.slice((page - 1) * perPage, page * perPage), headers };
    };

    let match: RegExpExecArray | null;
    if (req.method !== 'GET') return send(405, { message: 'Method not allowed' });
    if (path === '/search/issues') {
      const query = parseQuery(url.searchParams.get('q') ?? '');
      const hits = [...fixtures.pulls.entries()]
        .filter(([ref]) => ref.startsWith(`${query.repo}#`))
        .map(([, { pull }]) => pull)
        .filter((pull) => pull.merged_at && pull.merged_at.slice(0, 10) >= query.since && pull.merged_at.slice(0, 10) <= query.until)
        .filter((pull) => query.labels.length === 0 || pull.labels.some((label: { name: string }) => query.labels.includes(label.name)))
        .sort((a, b) => b.number - a.number)
        .map((pull) => ({ number: pull.number, title: pull.title, html_url: pull.html_url, labels: pull.labels, pull_request: { html_url: pull.html_url } }));
      const { items, headers } = paged(hits);
      return answer({ total_count: hits.length, incomplete_results: false, items }, headers);
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)(\/files)?$/.exec(path))) {
      const entry = fixtures.pulls.get(`${match[1]}/${match[2]}#${match[3]}`);
      if (!entry) return notFound();
      if (!match[4]) return answer(entry.pull);
      const { items, headers } = paged(entry.files);
      return answer(items, headers);
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/releases\/tags\/(.+)$/.exec(path))) {
      const release = fixtures.releases.get(`${match[1]}/${match[2]}`)?.find((candidate) => candidate.tag_name === decodeURIComponent(match![3]!));
      return release ? answer(release) : notFound();
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/releases$/.exec(path))) {
      const { items, headers } = paged(fixtures.releases.get(`${match[1]}/${match[2]}`) ?? []);
      return answer(items, headers);
    }
    return notFound();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    addFault: (fault) => faults.push({ times: 1, ...fault }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
