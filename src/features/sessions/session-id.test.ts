import { describe, expect, it } from 'vitest';
import { parseSessionId } from './session-id';

describe('parseSessionId', () => {
  it.each([
    ['1', 1],
    ['70012', 70012],
    ['007', 7],
  ])('reads %s', (raw, id) => {
    expect(parseSessionId(raw)).toBe(id);
  });

  it.each([undefined, '', '0', '-1', '1.5', '1e3', 'abc', ' 12', '12abc', '9999999999999999'])(
    'rejects %j',
    (raw) => {
      expect(parseSessionId(raw)).toBeUndefined();
    },
  );
});
