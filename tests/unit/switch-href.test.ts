import { describe, expect, it } from 'vitest';
import { switchHref } from '#lib/i18n/switch-href.ts';

const at = (path: string) => new URL(path, 'http://127.0.0.1:4321');

describe('switchHref', () => {
  it.each([
    ['/zh/search/?q=probe', '/en/search/', '/en/search/?q=probe'],
    ['/zh/changes/?project=moby%2Fmoby', '/en/changes/', '/en/changes/?project=moby%2Fmoby'],
    ['/zh/changes/years/2023/?kind=bug', '/en/changes/years/2023/', '/en/changes/years/2023/?kind=bug'],
    ['/en/upgrade/kubernetes/kubernetes/?from=v1.28.0&to=v1.30.0', '/zh/upgrade/kubernetes/kubernetes/', '/zh/upgrade/kubernetes/kubernetes/?from=v1.28.0&to=v1.30.0'],
  ])('carries the query of %s to its counterpart', (here, href, expected) => {
    expect(switchHref(href, at(here))).toBe(expected);
  });

  it('leaves the plain address when there is no query, or the switch leads to another page', () => {
    expect(switchHref('/en/search/', at('/zh/search/'))).toBe('/en/search/');
    expect(switchHref('/en/', at('/zh/issues/2026-01-05/?q=probe'))).toBe('/en/');
  });
});
