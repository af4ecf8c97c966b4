import { describe, expect, it } from 'vitest';
import { resultLangs } from '#lib/site/result-lang.ts';

describe('resultLangs', () => {
  it('marks an upstream record’s title and English excerpt as English on a Chinese page', () => {
    expect(resultLangs('pull', 'zh-CN', 'Kubelet GRPC probes: add a probe type')).toEqual({ title: 'en', excerpt: 'en' });
    expect(resultLangs('release', 'zh-CN', 'containerd 2.0 release notes')).toEqual({ title: 'en', excerpt: 'en' });
  });

  it('leaves an excerpt in Chinese (an issue’s heading for the change) in the page’s language', () => {
    expect(resultLangs('pull', 'zh-CN', 'kubelet 支持 gRPC 探针')).toEqual({ title: 'en', excerpt: undefined });
  });

  it('marks nothing for the site’s own pages, or on an English page', () => {
    expect(resultLangs('issue', 'zh-CN', 'Upstream')).toEqual({});
    expect(resultLangs(undefined, 'zh-CN', 'x')).toEqual({});
    expect(resultLangs('pull', 'en', 'Kubelet GRPC probes')).toEqual({});
  });
});
