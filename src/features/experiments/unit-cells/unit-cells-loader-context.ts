import { createContext, useContext } from 'react';
import { loadUnitCells, type UnitCellsLoader } from '../../../api/unit-cells/unit-cells-client';

/**
 * Where `UnitCellsPanel` gets its raw-cell loader: the worker-based `loadUnitCells` in the app;
 * tests (jsdom has no Worker) and stories provide a stub.
 */
export const UnitCellsLoaderContext = createContext<UnitCellsLoader>(loadUnitCells);

export function useUnitCellsLoader(override?: UnitCellsLoader): UnitCellsLoader {
  const fromContext = useContext(UnitCellsLoaderContext);
  return override ?? fromContext;
}
