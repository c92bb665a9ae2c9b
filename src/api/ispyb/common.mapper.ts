import type { PaginatedDto } from './common.dto';

/** One page of a py-ispyb list, in domain terms. */
export interface Paginated<T> {
  total: number;
  items: T[];
  skip: number;
  limit: number;
}

export function mapPage<D, T>(dto: PaginatedDto<D>, mapItem: (item: D) => T): Paginated<T> {
  return {
    total: dto.total,
    items: dto.results.map((item) => mapItem(item)),
    skip: dto.skip,
    limit: dto.limit,
  };
}

/** `null` → `undefined`: the domain model has a single "absent". */
export function opt<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}
