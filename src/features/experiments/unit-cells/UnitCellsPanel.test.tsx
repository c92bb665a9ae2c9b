import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors';
import type { QueryParams } from '../../../api/http';
import type {
  LoadUnitCellsParams,
  UnitCellsHandle,
  UnitCellsLoader,
} from '../../../api/unit-cells/unit-cells-client';
import type { UnitCellsResult } from '../../../api/unit-cells/unit-cells-protocol';
import type { UnitCellRecipe } from '../../../demo/dataset.types';
import { cellHistograms, createCellSource } from '../../../demo/unit-cells';
import type { CellColumns } from '../../../domain/cell-statistics';
import {
  cellDensity,
  cellHistogramSet,
  clampBins,
  describeCells,
} from '../../../domain/cell-statistics-summary';
import { CELL_PARAMETERS } from '../../../domain/processing';
import { createFakeHttp, renderWithProviders } from '../../../testing/render';
import { UnitCellsPanel } from './UnitCellsPanel';

// The client view renders in a transition (time-sliced): slow in jsdom on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

const RECIPE: UnitCellRecipe = {
  seed: 3,
  count: 2_000,
  mean: [64.2, 30.9, 34.8, 90, 105.8, 90],
  lengthSpread: 0.005,
  angleSpread: 0.15,
  outlierFraction: 0.04,
  secondLattice: { fraction: 0.1, mean: [91.2, 91.2, 45.9, 90, 90, 120] },
};

const ROOT = '/ispyb/api/v1';
const OPENAPI = {
  paths: Object.fromEntries(
    [
      '/auth/login',
      '/ssx/datacollection/processing/stats',
      '/ssx/datacollection/processing/cells',
      '/ssx/datacollection/processing/cells/histogram',
    ].map((p) => [`${ROOT}${p}`, { get: {} }]),
  ),
};

function columns(recipe: UnitCellRecipe): CellColumns {
  const flat = createCellSource(recipe).next(recipe.count);
  const out = {} as CellColumns;
  CELL_PARAMETERS.forEach((p, k) => {
    const column = new Float64Array(recipe.count);
    for (let i = 0; i < recipe.count; i += 1) column[i] = flat[i * 6 + k] as number;
    out[p] = column;
  });
  return out;
}

/** A loaded handle computed on this thread, as the worker would. */
function fakeHandle(recipe: UnitCellRecipe, runs: number[], missing: number[] = []) {
  const cols = columns(recipe);
  const stats = describeCells(cols);
  const result: UnitCellsResult = {
    rows: recipe.count,
    skippedRows: 3,
    bytes: recipe.count * 45,
    sources: [],
    stats,
    histograms: cellHistogramSet(cols, stats, 50, true),
    densities: [cellDensity(cols, stats, ['a', 'c'], false, 40)].filter((d) => d !== undefined),
    lastByteAt: performance.timeOrigin + performance.now(),
    computeMs: 1,
    parseMs: 1,
  };
  const handle: UnitCellsHandle = {
    result,
    runs: runs.map((id) => ({
      dataCollectionId: id,
      rows: missing.includes(id) ? 0 : recipe.count,
      skippedRows: 0,
      bytes: 0,
      missing: missing.includes(id),
    })),
    arrivedAt: performance.now(),
    readAt: performance.now(),
    histograms: vi.fn(async (bins: number, hide: boolean) =>
      cellHistogramSet(cols, stats, clampBins(bins), hide),
    ),
    density: vi.fn(async (pair, hide: boolean) => cellDensity(cols, stats, pair, hide, 40)),
    dispose: vi.fn(),
  };
  return handle;
}

type ServerMode = 'ok' | 'fails' | 'missing-route';

function fakeServer(mode: ServerMode, requests: string[] = []) {
  return createFakeHttp({
    get(path: string, params: QueryParams | undefined) {
      requests.push(path);
      if (path === '/openapi.json') {
        if (mode !== 'missing-route') return OPENAPI;
        const histogramRoute = `${ROOT}/ssx/datacollection/processing/cells/histogram`;
        return {
          paths: Object.fromEntries(
            Object.entries(OPENAPI.paths).filter(([path]) => path !== histogramRoute),
          ),
        };
      }
      if (path === '/ssx/datacollection/processing/stats') {
        return [
          {
            dataCollectionId: Number(params?.dataCollectionIds),
            nbHits: 3000,
            nbIndexed: RECIPE.count,
            laticeType: 'monoclinic',
            estimatedResolution: 1.9,
          },
        ];
      }
      if (path === '/ssx/datacollection/processing/cells/histogram') {
        if (mode === 'fails') {
          throw new ApiError('server', 'The ISPyB server failed (HTTP 500).', { status: 500 });
        }
        return { ...cellHistograms([RECIPE]), dataCollectionIds: [40015] };
      }
      throw new ApiError('not-found', `unexpected ${path}`, { status: 404 });
    },
  });
}

/** A loader that reports progress and then waits, resolves or fails as the test says. */
function controlledLoader() {
  let resolve: (handle: UnitCellsHandle) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const calls: LoadUnitCellsParams[] = [];
  const loader: UnitCellsLoader = (params) => {
    calls.push(params);
    params.onProgress?.({
      bytes: 12_300_000,
      totalBytes: undefined,
      rows: 500,
      skippedRows: 0,
      runs: 1,
      runsDone: 0,
    });
    return new Promise<UnitCellsHandle>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return {
    loader,
    calls,
    resolve: (h: UnitCellsHandle) => resolve(h),
    reject: (e: unknown) => reject(e),
  };
}

// generous: the typing steps take 20 s on a shared, overloaded 2-core machine
describe('UnitCellsPanel', { timeout: 60_000 }, () => {
  it('draws the server histograms at once and shows the download progress', async () => {
    const { loader, calls } = controlledLoader();
    renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40015]} title="Unit cells of run 1" loader={loader} />,
      { http: fakeServer('ok') },
    );
    const panel = screen.getByRole('region', { name: 'Unit cells of run 1' });
    expect(
      await within(panel).findByText(/Server-binned: 50 bins, outliers beyond 1.5 × IQR dropped/),
    ).toBeInTheDocument();
    const charts = within(panel).getAllByRole('img', { name: /^Histogram of/ });
    expect(charts).toHaveLength(6);
    expect(charts[0]).toHaveAccessibleName(
      /Histogram of a \(Å\): 1\s\d{3} cells in 50 bins from \d+\.\d\d to \d+\.\d\d; median \d+\.\d\d$/,
    );
    const progress = within(panel).getByRole('progressbar', { name: 'Raw unit cells downloaded' });
    expect(progress).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/12.3 MB · 500 of 2\s000 cells/),
    );
    expect(progress).toHaveAttribute('aria-valuenow', '25');
    expect(calls[0]?.dataCollectionIds).toEqual([40015]);
    expect(panel).toHaveAttribute('data-cells-view', 'server');
    expect(panel).not.toHaveAttribute('data-cells-drawn-at');
    expect(
      within(panel).getAllByRole('button', { name: /Download the histogram of a as (PNG|SVG)/ }),
    ).toHaveLength(2);
  });

  it('keeps the server view with a clear message when the cells answer 404', async () => {
    const { loader, reject } = controlledLoader();
    renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40046]} title="Run 40046" loader={loader} />,
      { http: fakeServer('ok') },
    );
    await screen.findByText(/Server-binned: 50 bins/);
    reject(
      new ApiError('not-found', 'Not found, or you do not have access to it.', { status: 404 }),
    );
    expect(
      await screen.findByText('The individual cells are not available yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(/processing may still be running/)).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /^Histogram of/ })).toHaveLength(6);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('replaces the server view with the client view and marks the timings', async () => {
    const { loader, resolve } = controlledLoader();
    const { user, router } = renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40015]} title="Run 1" loader={loader} />,
      { http: fakeServer('ok') },
    );
    await screen.findByText(/Server-binned: 50 bins/);
    const handle = fakeHandle(RECIPE, [40015]);
    resolve(handle);
    expect(
      await screen.findByText(/Computed in your browser from all 2\s000 indexed cells/),
    ).toBeInTheDocument();
    expect(screen.getByText(/3 rows without six numbers were skipped/)).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Run 1' });
    expect(panel).toHaveAttribute('data-cells-view', 'client');
    await waitFor(() => expect(panel).toHaveAttribute('data-cells-drawn-at'));
    expect(Number(panel.getAttribute('data-cells-drawn-at'))).toBeGreaterThanOrEqual(
      Number(panel.getAttribute('data-cells-arrived-at')),
    );
    expect(screen.queryByText(/Server-binned: 50 bins/)).not.toBeInTheDocument();

    // medians table as the text alternative
    const table = screen.getByRole('table', { name: /Cells inside the 1.5 × IQR bounds/ });
    const rowA = within(table).getByRole('row', { name: /^a \(Å\)/ });
    const a = handle.result.stats.a;
    expect(rowA).toHaveTextContent(a.kept.median.toFixed(2));
    expect(rowA).toHaveTextContent(`${a.kept.mean.toFixed(2)} ± ${a.kept.std.toFixed(2)}`);
    const charts = screen.getAllByRole('img', { name: /^Histogram of/ });
    expect(charts[0]).toHaveAccessibleName(
      new RegExp(
        `median ${a.kept.median.toFixed(2)}; mean ${a.kept.mean.toFixed(2)} ± ${a.kept.std.toFixed(2)} \\(σ\\)`,
      ),
    );
    expect(
      screen.getByRole('img', { name: /^Density of c \(Å\) against a \(Å\): 2\s000 cells/ }),
    ).toBeInTheDocument();

    // outliers shown: the worker re-bins, the table switches to all cells
    await user.click(screen.getByRole('switch', { name: /Hide outliers beyond 1.5 × IQR/ }));
    await waitFor(() => expect(handle.histograms).toHaveBeenCalledWith(50, false));
    expect(await screen.findByRole('table', { name: /All indexed cells/ })).toBeInTheDocument();

    // bin count
    const bins = screen.getByRole('textbox', { name: 'Bins per histogram' });
    await user.clear(bins);
    await user.type(bins, '120');
    await waitFor(() => expect(handle.histograms).toHaveBeenCalledWith(120, false));
    await waitFor(() =>
      expect(screen.getAllByRole('img', { name: /^Histogram of/ })[0]).toHaveAccessibleName(
        /in 120 bins/,
      ),
    );
    // the view is in the URL, for a shared link
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('cellBins')).toBe('120');
    expect(search.get('cellOutliers')).toBe('all');
  });

  it('opens a shared link with its bins, outlier setting and density', async () => {
    const { loader, resolve, calls } = controlledLoader();
    const { user, router } = renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40015]} title="Run 1" loader={loader} />,
      {
        http: fakeServer('ok'),
        route: '/?cellBins=80&cellOutliers=all&cellPair=b-c&pairOutliers=hidden',
      },
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    // the worker's first answer is computed for that view
    expect(calls[0]).toMatchObject({
      bins: 80,
      hideOutliers: false,
      densityPairs: [['b', 'c']],
      densityHideOutliers: true,
    });
    const handle = fakeHandle(RECIPE, [40015]);
    resolve(handle);
    await screen.findByText(/Computed in your browser/);
    expect(screen.getByRole('textbox', { name: 'Bins per histogram' })).toHaveValue('80');
    expect(
      screen.getByRole('switch', { name: /Hide outliers beyond 1.5 × IQR/ }),
    ).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Density of' })).toHaveValue('b:c');
    expect(
      screen.getByRole('checkbox', { name: /Only cells inside the 1.5 × IQR bounds of both/ }),
    ).toBeChecked();
    await waitFor(() => expect(handle.histograms).toHaveBeenCalledWith(80, false));
    await waitFor(() => expect(handle.density).toHaveBeenCalledWith(['b', 'c'], true));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Density of' }), 'a:b');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('cellPair')).toBe('a-b'),
    );
    // untouched settings stay in the link
    expect(new URLSearchParams(router.state.location.search).get('cellBins')).toBe('80');
  });

  it('shows only the client view when the histogram route fails', async () => {
    const { loader, resolve } = controlledLoader();
    renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40015]} title="Run 1" loader={loader} />,
      {
        http: fakeServer('fails'),
      },
    );
    expect(await screen.findByText(/The server’s histograms are unavailable/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    resolve(fakeHandle(RECIPE, [40015]));
    expect(await screen.findByText(/Computed in your browser/)).toBeInTheDocument();
    expect(screen.queryByText(/The server’s histograms are unavailable/)).not.toBeInTheDocument();
  });

  it('offers to ask the server for its histograms again when they failed', async () => {
    const requests: string[] = [];
    const { loader } = controlledLoader();
    const { user } = renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40015]} title="Run 1" loader={loader} />,
      { http: fakeServer('fails', requests) },
    );
    await screen.findByText(/The server’s histograms are unavailable/);
    const asked = () =>
      requests.filter((r) => r === '/ssx/datacollection/processing/cells/histogram').length;
    const before = asked();
    await user.click(screen.getByRole('button', { name: 'Retry the server’s histograms' }));
    await waitFor(() => expect(asked()).toBeGreaterThan(before));
  });

  it('does not ask a server without the histogram route', async () => {
    const requests: string[] = [];
    const { loader } = controlledLoader();
    renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40015]} title="Run 1" loader={loader} />,
      {
        http: fakeServer('missing-route', requests),
      },
    );
    expect(await screen.findByText(/does not bin unit cells itself/)).toBeInTheDocument();
    expect(requests).not.toContain('/ssx/datacollection/processing/cells/histogram');
  });

  it('says so when both sources fail, with a retry for the cells', async () => {
    const { loader, reject, calls } = controlledLoader();
    const { user } = renderWithProviders(
      <UnitCellsPanel dataCollectionIds={[40015]} title="Run 1" loader={loader} />,
      { http: fakeServer('fails') },
    );
    await screen.findByText(/The server’s histograms are unavailable/);
    reject(new ApiError('network', 'The ISPyB server could not be reached.'));
    expect(
      await screen.findByText('The individual cells could not be loaded.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot reach the ISPyB server');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(calls).toHaveLength(2);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('pools a group, names runs without cells, and loads on demand when asked to', async () => {
    const { loader, resolve, calls } = controlledLoader();
    const { user } = renderWithProviders(
      <UnitCellsPanel
        dataCollectionIds={[40017, 40015, 40016, 40015]}
        title="All runs"
        loader={loader}
        rawCells="on-demand"
      />,
      { http: fakeServer('ok') },
    );
    await screen.findByText(/Server-binned: 50 bins/);
    expect(calls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /Load every cell/ }));
    expect(calls[0]?.dataCollectionIds).toEqual([40015, 40016, 40017]);
    resolve(fakeHandle(RECIPE, [40015, 40016, 40017], [40017]));
    expect(await screen.findByText('Some runs have no cells yet')).toBeInTheDocument();
    expect(screen.getByText(/Run 40017: the server has no indexed cells/)).toBeInTheDocument();
    expect(screen.getByText(/indexed cells of 2 runs/)).toBeInTheDocument();
  });
});
