import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ispybDateTime, paginated } from './common.dto';
import { mapPage, opt } from './common.mapper';
import { firstIssuePath } from '../../testing/fixtures';

const page = paginated(z.object({ id: z.number(), at: ispybDateTime }));

describe('paginated / mapPage', () => {
  it('maps results to items and keeps the paging fields', () => {
    const dto = page.parse({
      total: 30,
      results: [{ id: 1, at: '2023-01-25T10:05:00', extra: 'kept out' }],
      skip: 25,
      limit: 25,
    });
    expect(mapPage(dto, (r) => r.id)).toEqual({ total: 30, items: [1], skip: 25, limit: 25 });
  });

  it('names the field of a contract violation', () => {
    expect(firstIssuePath(page.safeParse({ total: 1, results: [], skip: 0 }))).toBe('limit');
    expect(
      firstIssuePath(
        page.safeParse({ total: 1, results: [{ id: 1, at: 'tomorrow' }], skip: 0, limit: 1 }),
      ),
    ).toBe('results[0].at');
  });

  it('turns null into undefined', () => {
    expect(opt(null)).toBeUndefined();
    expect(opt(0)).toBe(0);
  });
});
