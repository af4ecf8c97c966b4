// A synthetic content folder of N weekly issues, deterministic for a given N, shaped
// like the first issue: ~10 items a week (pull requests and releases across five
// projects), records with labels, notes and bodies that mention earlier records,
// and issues in both languages with 3–6 code blocks each. Written with plain
// writeFile: it is scratch data in a temporary folder, regenerated on every run.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { addDays } from '#lib/days.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import type { UpstreamPull, UpstreamRelease } from '#lib/schemas/upstream-record.ts';
import { serializeRecord } from '#lib/upstream/serialize-record.ts';
import { pullRef, recordPath, releaseRef } from '#lib/upstream/refs.ts';

const PROJECTS = ['kubernetes/kubernetes', 'kubernetes/kubernetes', 'kubernetes/kubernetes', 'cilium/cilium', 'moby/moby', 'knative/serving', 'kyma-project/kyma'];
const KINDS = ['kind/feature', 'kind/bug', 'kind/cleanup', 'kind/api-change', 'kind/deprecation'];
const SIGS = ['sig/network', 'sig/node', 'sig/apps', 'sig/cli', 'sig/storage', 'sig/scheduling'];
const AREAS = ['area/kubelet', 'area/kube-proxy', 'area/ipvs', 'area/kubectl'];
const TOPICS = ['networking', 'kubelet', 'kube-proxy', 'kubectl', 'storage', 'scheduling', 'releases', 'security'];
const WORDS = 'probe socket linger endpoint slice service proxy scheduler kubelet conntrack timeout controller volume informer cache watch lease quota admission webhook'.split(' ');
const ZH = ['探针在每次检查时都会新建连接。', '这个改动影响了节点上的连接跟踪表。', '升级之前，请先在测试环境中验证。', '控制器不再为这类服务创建端点对象。', '调度器的配置校验变得更宽松。', '这项改动减少了 API 服务器的负载。'];
const EN = ['Each probe opens a fresh connection.', 'This change touches the connection-tracking table on every node.', 'Validate it in a test environment before upgrading.', 'The controller no longer creates endpoint objects for such Services.', 'Scheduler validation is looser now.', 'The change reduces load on the API server.'];

/** A small seeded generator (mulberry32), so a corpus is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, int: (max: number) => Math.floor(next() * max), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

export interface Corpus {
  dir: string;
  issues: number;
  records: number;
  /** The Monday after the last issue, with records gathered but not yet drafted. */
  nextDate: string;
  /**
   * A week goes by, as before a weekly deploy: the issue of `nextDate` is written (both
   * languages, citing the records gathered for it) and the following week is gathered.
   * Counts and `nextDate` move on; returns the new issue's date.
   */
  addIssue(): Promise<string>;
}

const FIRST_MONDAY = '2016-01-04';

/**
 * `demosFrom` and `pagesFrom` copy the committed demos and pages; `recordsFrom` the
 * committed records, which the demo notes cite.
 */
export async function generateCorpus(dir: string, issueCount: number, options: { demosFrom?: string; pagesFrom?: string; recordsFrom?: string } = {}): Promise<Corpus> {
  const rng = random(issueCount * 7919 + 17);
  const refs: string[] = [];
  let pullNumber = 40_000;
  let recordCount = 0;
  const sentence = (words: number) => Array.from({ length: words }, () => rng.pick(WORDS)).join(' ');

  const makeRecords = async (from: string): Promise<string[]> => {
    const items: string[] = [];
    for (let index = 0; index < 10; index++) {
      const repo = rng.pick(PROJECTS);
      const day = addDays(from, rng.int(7));
      const at = `${day}T${String(8 + rng.int(10)).padStart(2, '0')}:00:00Z`;
      const mention = refs.length > 0 && rng.next() < 0.4 ? rng.pick(refs) : null;
      const body = `${sentence(40)}\n\n${mention ? `Follows up on ${mention}.\n\n` : ''}\`\`\`release-note\n${sentence(12)}\n\`\`\`\n\n- ${sentence(8)}\n- ${sentence(8)}\n`;
      if (index < 7 || !repo.startsWith('kubernetes/')) {
        const number = ++pullNumber;
        const labels = [rng.pick(KINDS), rng.pick(SIGS), ...(rng.next() < 0.4 ? [rng.pick(AREAS)] : []), 'release-note'].sort();
        const record: UpstreamPull = {
          schema: 1, type: 'pull', ref: pullRef(repo, number), repo, number, title: `${sentence(6)} (${number})`, author: `dev${rng.int(300)}`,
          url: `https://github.com/${repo}/pull/${number}`, state: 'merged', createdAt: `${addDays(day, -3)}T09:00:00Z`, mergedAt: at,
          labels: [...new Set(labels)], milestone: `v1.${20 + Math.floor(refs.length / 400)}`, releaseNote: sentence(12), references: mention ? [mention] : [],
          files: Array.from({ length: 1 + rng.int(4) }, (_, file) => ({ path: `pkg/${rng.pick(WORDS)}/${rng.pick(WORDS)}_${file}.go`, status: 'modified', additions: rng.int(200), deletions: rng.int(80) })),
          body,
        };
        await write(record);
        items.push(record.ref);
      } else {
        const tag = `v1.${refs.length}.${index}`;
        const record: UpstreamRelease = {
          schema: 1, type: 'release', ref: releaseRef(repo, tag), repo, tag, title: `${repo.split('/')[1]} ${tag}`, author: null,
          url: `https://github.com/${repo}/releases/tag/${tag}`, prerelease: rng.next() < 0.3, publishedAt: at, targetCommitish: 'main',
          releaseNote: body, references: mention ? [mention] : [], body,
        };
        await write(record);
        items.push(record.ref);
      }
    }
    refs.push(...items);
    return items;
  };
  const write = async (record: UpstreamPull | UpstreamRelease) => {
    const path = join(dir, 'upstream', recordPath(record));
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, serializeRecord(record));
    recordCount++;
  };

  const writeIssue = async (week: number, items: string[]) => {
    const date = addDays(FIRST_MONDAY, 7 * (week + 1));
    const from = addDays(date, -7);
    const topics = [...new Set([rng.pick(TOPICS), rng.pick(TOPICS), 'releases'])].sort();
    const blocks = 3 + rng.int(4);
    for (const lang of LOCALES) {
      const prose = lang === 'zh' ? ZH : EN;
      const frontmatter = { title: lang === 'zh' ? `第 ${week + 1} 期：${rng.pick(ZH)}` : `Issue ${week + 1}: ${sentence(5)}`, number: week + 1, date, from, to: addDays(date, -1), summary: rng.pick(prose), topics, items };
      const body = items
        .map((ref, index) => {
          const code = index < blocks ? codeBlock(index, rng) : '';
          return `### ${lang === 'zh' ? '条目' : 'Item'} ${index + 1}\n\n<Item ref="${ref}" />\n\n${Array.from({ length: 4 }, () => rng.pick(prose)).join(' ')} See ${ref.includes('#') ? ref : items[0]}.\n\n${code}`;
        })
        .join('\n');
      const folder = join(dir, 'issues', date);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, `${lang}.mdx`), `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`);
    }
    return date;
  };

  for (let week = 0; week < issueCount; week++) {
    await writeIssue(week, await makeRecords(addDays(FIRST_MONDAY, 7 * week)));
  }
  // A week gathered but not drafted yet, so `npm run draft` has work to do.
  let gathered = await makeRecords(addDays(FIRST_MONDAY, 7 * issueCount));
  if (options.demosFrom) await cp(options.demosFrom, join(dir, 'demos'), { recursive: true });
  if (options.recordsFrom) await cp(options.recordsFrom, join(dir, 'upstream'), { recursive: true });
  if (options.pagesFrom) await cp(options.pagesFrom, join(dir, 'pages'), { recursive: true });
  const corpus: Corpus = {
    dir,
    issues: issueCount,
    records: recordCount,
    nextDate: addDays(FIRST_MONDAY, 7 * (issueCount + 1)),
    async addIssue() {
      const date = await writeIssue(corpus.issues, gathered);
      corpus.issues++;
      gathered = await makeRecords(date);
      corpus.records = recordCount;
      corpus.nextDate = addDays(date, 7);
      return date;
    },
  };
  return corpus;
}

function codeBlock(index: number, rng: ReturnType<typeof random>): string {
  const kind = index % 3;
  if (kind === 0) return `\`\`\`go\nfunc probe${index}(addr string) error {\n\tconn, err := net.DialTimeout("tcp", addr, time.Second)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn conn.Close()\n}\n\`\`\`\n`;
  if (kind === 1) return `\`\`\`yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${rng.int(1000)}\nspec:\n  type: ClusterIP\n  ports:\n    - port: ${8000 + rng.int(1000)}\n\`\`\`\n`;
  return `\`\`\`sh\nss -Htan state time-wait | wc -l\nsysctl net.netfilter.nf_conntrack_count\n\`\`\`\n`;
}
