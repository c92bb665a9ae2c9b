import type { DataCollectionGroup } from '../../domain/data-collection';

/** Most recent start first; groups without a start last; ties by id, newest first. */
export function newestFirst(groups: readonly DataCollectionGroup[]): DataCollectionGroup[] {
  return [...groups].sort((a, b) => {
    const ta = a.start?.getTime() ?? -Infinity;
    const tb = b.start?.getTime() ?? -Infinity;
    return ta === tb ? b.id - a.id : tb - ta;
  });
}
