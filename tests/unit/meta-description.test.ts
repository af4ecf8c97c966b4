import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LIMIT, markdownText, metaDescription, truncate } from '#lib/site/meta-description.ts';

const releaseBody = `## What's Changed
* Fix **probe** leak by @alice in https://github.com/moby/moby/pull/1
* Add \`--force\` flag <sup>new</sup>

<details>
<summary>Checksums</summary>

    sha256 abc
</details>

\`\`\`sh
docker run hello
\`\`\`

| Arch | File |
| --- | --- |
| amd64 | [tarball](https://example.org/x.tgz) |
`;

describe('markdownText', () => {
  it('keeps the words of a release body and drops Markdown, HTML and code blocks', () => {
    const text = markdownText(releaseBody);
    expect(text).toBe("What's Changed Fix probe leak by @alice in https://github.com/moby/moby/pull/1 Add --force flag new Arch File amd64 tarball");
    expect(text).not.toMatch(/[<>*`#|\n]/);
  });
});

describe('markdownText on a plain line', () => {
  // A plain line skips the parser; a trailing newline means nothing to Markdown and takes
  // the parser's path, so each line below is read both ways.
  const lines = [
    'Kubelet GRPC probes: improve network resources utilization',
    'GRPC probes now set a linger option of 1s to improve the TIME-WAIT state.',
    'kube-proxy 不再限制 IPVS 调度算法。',
    'See https://github.com/moby/moby/pull/1 and www.example.org, or mail a@b.example.',
    'v1.27.0 (2023-04-11) "quoted" it\'s 100% ok; a=b, c+d',
    '',
    ' leading space',
    '    indented four',
    '- a list item',
    '+ another',
    '1. first',
    '2) second',
    '---',
    '=== not a heading alone',
    '# Heading',
    '> quoted',
    'two  spaces',
    'ends with a space ',
    'a *stressed* word',
    'snake_case_name',
    '`code` here',
    'a <b>tag</b>',
    'an &amp; entity',
    'a [link](https://example.org)',
    'a | pipe',
    '~~gone~~',
    'escaped \\* star',
    'ideographic\u3000space',
    'tab\there',
    'nul\u0000inside',
  ];
  it.each(lines)('reads %j as the parser does', (line) => {
    expect(markdownText(line)).toBe(markdownText(`${line}\n`));
  });
});

describe('metaDescription', () => {
  it('leaves a short text whole, on one line', () => {
    expect(metaDescription('kubelet 探针\n开始设置 *SO_LINGER*。', 'zh')).toBe('kubelet 探针 开始设置 SO_LINGER。');
  });

  it('cuts English after a whole word and adds an ellipsis', () => {
    const words = 'The kubelet now sets SO_LINGER on probe connections so that closed sockets do not linger in TIME_WAIT. '.repeat(4);
    const cut = metaDescription(words, 'en');
    expect([...cut].length).toBeLessThanOrEqual(DESCRIPTION_LIMIT.en);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(words.startsWith(kept)).toBe(true);
    // The next character of the original after the cut is a space or punctuation, not a letter.
    expect(words[kept.length]).toMatch(/[\s.]/);
  });

  it('cuts Chinese at a word or character boundary within the limit', () => {
    const text = 'kubelet 的 TCP、HTTP 与 gRPC 探针开始设置 SO_LINGER；kube-proxy 不再限制 IPVS 调度算法；ExternalName 类型的 Service 不再生成 Endpoints 与 EndpointSlice；kubectl 改用 autoscaling/v2 读取 HPA。另有 moby、Cilium、Knative Serving 与 Kyma 的版本发布。';
    const cut = metaDescription(text, 'zh');
    expect([...cut].length).toBeLessThanOrEqual(DESCRIPTION_LIMIT.zh);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    // No dangling punctuation before the ellipsis.
    expect(cut).not.toMatch(/[；、，。]…$/);
  });

  it('cuts one overlong word between characters', () => {
    const cut = truncate(`${'a'.repeat(300)} end`, 'en', 40);
    expect([...cut]).toHaveLength(40);
    expect(cut.endsWith('a…')).toBe(true);
  });

  it('never splits a character outside the basic plane', () => {
    const cut = truncate('𠀀'.repeat(20), 'zh', 10);
    expect(cut).toBe(`${'𠀀'.repeat(9)}…`);
  });
});
