import { describe, expect, it } from 'vitest';
import type { DataCollectionGroup } from '../../domain/data-collection';
import { newestFirst } from './newest-first';

const group = (id: number, start: Date | undefined) => ({ id, start }) as DataCollectionGroup;

describe('newestFirst', () => {
  it('orders by start, newest first, undated last, ties by id', () => {
    const groups = [
      group(1, new Date(2024, 0, 1, 10)),
      group(2, undefined),
      group(3, new Date(2024, 0, 2, 9)),
      group(4, new Date(2024, 0, 1, 10)),
    ];
    expect(newestFirst(groups).map((g) => g.id)).toEqual([3, 4, 1, 2]);
  });
});
