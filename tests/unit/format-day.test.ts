import { describe, expect, it } from 'vitest';
import { formatDay } from '#lib/i18n/format-day.ts';

describe('formatDay', () => {
  it('writes a calendar day in the language, in UTC, the same on every call', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDay('2023-01-30', 'zh')).toBe('2023年1月30日');
      expect(formatDay('2023-01-30', 'zh-CN')).toBe('2023年1月30日');
      expect(formatDay('2023-01-30', 'en')).toBe('30 January 2023');
      // A datetime late in the day stays on its UTC day, whatever the machine's zone.
      expect(formatDay('2023-01-27T23:30:00Z', 'en')).toBe('27 January 2023');
      expect(formatDay('2023-01-27T23:30:00Z', 'zh')).toBe('2023年1月27日');
    }
  });

  it('gives back what is not a date as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
    expect(formatDay('soon', 'zh')).toBe('soon');
  });
});
