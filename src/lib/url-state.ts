import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** A typed view of some query-string parameters; `encode` omits defaults to keep URLs short. */
export interface UrlCodec<T> {
  decode(params: URLSearchParams): T;
  encode(value: T): Record<string, string | undefined>;
}

/**
 * Shared, deep-linkable state (filters, sort, page, tabs, selected run) kept in the URL.
 * Parameters the codec does not know are left untouched.
 */
export function useUrlState<T>(
  codec: UrlCodec<T>,
): [T, (next: T, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const value = useMemo(() => codec.decode(params), [codec, params]);
  const setValue = useCallback(
    (next: T, options?: { replace?: boolean }) => {
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          for (const [key, v] of Object.entries(codec.encode(next))) {
            if (v === undefined || v === '') out.delete(key);
            else out.set(key, v);
          }
          return out;
        },
        { replace: options?.replace ?? false },
      );
    },
    [codec, setParams],
  );
  return [value, setValue];
}

/** Positive integer from a query parameter, or the fallback for anything else. */
export function readPositiveInt(params: URLSearchParams, key: string, fallback: number): number {
  const raw = params.get(key);
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readEnum<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = params.get(key);
  return (allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback;
}
