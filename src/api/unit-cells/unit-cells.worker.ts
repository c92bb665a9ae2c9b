import { UnitCellsEngine } from './unit-cells-engine';
import type { FromWorker, ToWorker } from './unit-cells-protocol';

/**
 * Dedicated worker: parsing, statistics and binning of the unit cells, off the main thread.
 * The DOM typings of the project describe `self` as a window, so the two members a dedicated
 * worker scope uses are declared here.
 */
interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const engine = new UnitCellsEngine((message, transfer = []) =>
  scope.postMessage(message, transfer),
);
scope.onmessage = (event) => engine.handle(event.data);
