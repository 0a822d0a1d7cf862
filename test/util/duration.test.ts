import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/util/duration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [4.25, '4.3s'],
    [42, '42s'],
    [60, '1m'],
    [725, '12m 5s'],
    [3600 * 3 + 60 * 4 + 9, '3h 4m'],
    [86400 * 4 + 3600 * 3, '4d 3h'],
    [86400 * 2 + 59, '2d'], // 59 s rounds away below the two shown units
    [-90, '-1m 30s'],
  ])('%d s → %s', (s, text) => expect(formatDuration(s)).toBe(text));

  it('shows more units on request', () => {
    expect(formatDuration(86400 * 3 + 3600 * 4 + 60 * 12, 3)).toBe('3d 4h 12m');
  });
});

describe('parseDuration', () => {
  it.each([
    ['5d', 432000],
    ['1d12h', 129600],
    ['1d 12h', 129600],
    ['90', 90],
    ['2 weeks', 1209600],
    ['1.5h', 5400],
  ])('%s → %d', (text, s) => expect(parseDuration(text)).toBe(s));

  it('rejects nonsense', () => {
    expect(parseDuration('5 parsecs')).toBeNaN();
    expect(parseDuration('d5')).toBeNaN();
    expect(parseDuration('')).toBeNaN();
  });
});
