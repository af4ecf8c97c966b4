import { describe, expect, it } from 'vitest';
import { readingTime } from '#lib/site/reading-time.ts';

describe('readingTime', () => {
  it('counts Chinese by characters and English by words', () => {
    expect(readingTime('探针'.repeat(400))).toMatchObject({ han: 800, words: 0, minutes: 2 });
    expect(readingTime('probe '.repeat(460))).toMatchObject({ han: 0, words: 460, minutes: 2 });
  });

  it('counts the Latin words inside Chinese prose, and never says zero minutes', () => {
    expect(readingTime('kubelet 的 TCP 探针设置了 SO_LINGER。')).toMatchObject({ han: 6, words: 3, minutes: 1 });
  });

  it('reads code at half speed and ignores markup', () => {
    const code = `\`\`\`go\n${'conn.Close() '.repeat(460)}\n\`\`\``;
    expect(readingTime(`<Item ref="a/b#1" />\n\n${code}`)).toMatchObject({ words: 0, minutes: 1 });
  });
});
