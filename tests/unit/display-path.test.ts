import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '#lib/fs/display-path.ts';

describe('displayPath', () => {
  it('shows a path inside the working folder relative to it', () => {
    expect(displayPath(join(process.cwd(), 'content', 'watchlist.yaml'))).toBe(join('content', 'watchlist.yaml'));
    expect(displayPath('content/watchlist.yaml')).toBe(join('content', 'watchlist.yaml'));
    expect(displayPath(process.cwd())).toBe('.');
  });

  it('shows a path outside it whole, wherever the command was started', () => {
    expect(displayPath('/tmp/uw-x/watchlist.yaml')).toBe('/tmp/uw-x/watchlist.yaml');
    expect(displayPath('../elsewhere/a.yaml')).toBe(resolve('../elsewhere/a.yaml'));
  });
});
