/** A route parameter (`:sessionId`, `:groupId`) as an ISPyB id, or `undefined` when it is not one. */
export function parseRouteId(raw: string | undefined): number | undefined {
  if (!raw || !/^\d{1,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 ? id : undefined;
}

/** Splits ids into lists of at most `size` (long id lists make URLs too long for some proxies). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
