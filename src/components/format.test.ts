import { describe, expect, it } from 'vitest';
import { dateTimeAttribute, formatDateTime, formatDurationMinutes, formatTime } from './format';

describe('formatDateTime', () => {
  it('prints wall-clock dates without seconds', () => {
    const date = new Date(2024, 2, 5, 14, 7, 59);
    expect(formatDateTime(date)).toBe('2024-03-05 14:07');
    expect(formatTime(date)).toBe('14:07');
    expect(dateTimeAttribute(date)).toBe('2024-03-05T14:07');
  });
});

describe('formatDurationMinutes', () => {
  it.each([
    [undefined, '–'],
    [Number.NaN, '–'],
    [-3, '–'],
    [0, '0 min'],
    [0.2, '< 1 min'],
    [45, '45 min'],
    [59.6, '1 h 00 min'],
    [125, '2 h 05 min'],
  ])('%s → %s', (minutes, expected) => {
    expect(formatDurationMinutes(minutes)).toBe(expected);
  });
});
