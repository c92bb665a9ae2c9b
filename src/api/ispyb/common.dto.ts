import { z } from 'zod';
import { isIspybDate } from './dates';

/**
 * py-ispyb's list envelope (`Paginated[T]`, `Paginated_T_` in OpenAPI). `total` is counted before
 * paging on most routes but after it on the `/processings/*` lists, so never derive page counts
 * from it alone.
 */
export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number(),
    results: z.array(item),
    skip: z.number(),
    limit: z.number(),
  });
}

export type PaginatedDto<T> = { total: number; results: T[]; skip: number; limit: number };

/**
 * A py-ispyb date-time string: zone-less facility local time on most fields, with `+00:00` on a
 * few. Checked here so a garbled date is a contract error naming the field, not a crash later.
 */
export const ispybDateTime = z
  .string()
  .refine(isIspybDate, { message: 'Is not an ISO 8601 date-time' });
