/**
 * ispyb-web's documented py-ispyb extensions (docs/extensions/): routes a facility can add to its
 * server for what py-ispyb lacks. The demo serves them and lists them in its `openapi.json`, so
 * the app detects them exactly as it would on a real server (`Capabilities.hasRoute`).
 *
 * Each extension is one module exporting its routes and its OpenAPI fragment; add it to the list.
 */
import type { Route } from '../router';
import { imageHitsExtension } from './image-hits';
import { mergedDatasetsExtension } from './merged-datasets';
import { sampleImportExtension } from './sample-import';

export interface OpenApiFragment {
  /** Keyed by the full path, including the API root (`/ispyb/api/v1/...`), as py-ispyb writes it. */
  paths: Record<string, unknown>;
  schemas: Record<string, unknown>;
}

export interface DemoExtension {
  name: string;
  routes: readonly Route[];
  openapi: OpenApiFragment;
}

export const EXTENSIONS: readonly DemoExtension[] = [
  imageHitsExtension,
  mergedDatasetsExtension,
  sampleImportExtension,
];
