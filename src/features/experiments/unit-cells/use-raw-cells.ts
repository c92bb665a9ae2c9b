import { startTransition, useCallback, useEffect, useState } from 'react';
import type { HttpClient } from '../../../api/http';
import type { CellsViewState } from '../experiment-url-cells';
import type {
  UnitCellsHandle,
  UnitCellsLoader,
  UnitCellsProgress,
} from '../../../api/unit-cells/unit-cells-client';

export type RawCellsState =
  | { status: 'idle' }
  | { status: 'loading'; progress: UnitCellsProgress | undefined }
  | { status: 'ready'; handle: UnitCellsHandle }
  | { status: 'error'; error: unknown };

interface Keyed {
  key: string;
  state: RawCellsState;
}

const LOADING: RawCellsState = { status: 'loading', progress: undefined };
const IDLE: RawCellsState = { status: 'idle' };

/**
 * Loads the raw cells of `ids` in the background (worker), with progress, once `enabled`; aborts
 * and frees the worker when the ids change or the panel unmounts. `retry` starts again after a
 * failure. `loader` must be stable (a module function or a memoised one). `firstView` is what
 * the worker computes with its first answer (the view the URL asks for); it must be stable too
 * (changing it would download again).
 */
export function useRawCells(
  http: HttpClient,
  ids: readonly number[],
  loader: UnitCellsLoader,
  enabled: boolean,
  firstView: CellsViewState,
): { state: RawCellsState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const idsKey = ids.join(',');
  const key = `${idsKey}#${attempt}`;
  const [current, setCurrent] = useState<Keyed>({ key, state: LOADING });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let handle: UnitCellsHandle | undefined;
    const update = (state: RawCellsState) => {
      if (!controller.signal.aborted) setCurrent({ key, state });
    };
    loader({
      http,
      dataCollectionIds: idsKey.split(',').map(Number),
      bins: firstView.bins,
      hideOutliers: firstView.hideOutliers,
      densityPairs: [firstView.pair],
      densityHideOutliers: firstView.pairHideOutliers,
      signal: controller.signal,
      onProgress: (progress) => startTransition(() => update({ status: 'loading', progress })),
    }).then(
      (loaded) => {
        if (controller.signal.aborted) {
          loaded.dispose();
          return;
        }
        handle = loaded;
        // a transition: React renders the six charts, the table and the density in slices
        // that yield to the browser, so no main-thread task grows long
        startTransition(() => update({ status: 'ready', handle: loaded }));
      },
      (error: unknown) => update({ status: 'error', error }),
    );
    return () => {
      controller.abort();
      handle?.dispose();
    };
  }, [http, idsKey, key, loader, enabled, firstView]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // a new key (other runs, a retry) shows "loading" until its first update
  const state = !enabled ? IDLE : current.key === key ? current.state : LOADING;
  return { state, retry };
}
