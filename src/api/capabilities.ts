import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { HttpClient } from './http';

/**
 * What this py-ispyb server offers, read from its own `openapi.json`. py-ispyb runs in several
 * lines (master, ssx-webservice, ssx-events, ssx-samples, 192-implement-ssx-fundamentals) and
 * every SSX feature degrades to "this server does not provide …" when its route or field is
 * missing, so the UI asks here instead of probing routes and reading 404s.
 */
export interface Capabilities {
  /** `path` relative to the API root, e.g. `/samples/{blSampleId}`; parameter names are ignored. */
  hasRoute(method: HttpMethod, path: string): boolean;
  /** Whether a component schema declares a property, e.g. `hasField('Sample', 'volume')`. */
  hasField(schema: string, property: string): boolean;
  /** DataCollection embeds `SSXDataCollection` (ssx-events, 192). */
  ssxFields: boolean;
  /** Samples carry `sample_compositions` / `crystal_compositions` (ssx-samples, 192). */
  sampleCompositions: boolean;
  /** Which event-chain route exists: ssx-webservice's paged `/eventchains`, 192's `/eventchain`. */
  eventChains: 'eventchains' | 'eventchain' | undefined;
  /** `/ssx/datacollection/processing/stats` (hit and indexing summaries). */
  ssxProcessing: boolean;
  /** `/ssx/datacollection/processing/cells/histogram`. */
  cellHistogram: boolean;
}

export type HttpMethod = 'get' | 'post' | 'patch';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `/samples/{blSampleId}/` → `/samples/{}`: callers need not know the server's parameter names. */
function normalisePath(path: string): string {
  const trimmed = path.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return trimmed.replace(/\{[^}]*\}/g, '{}') || '/';
}

/**
 * The paths of the document include the server's API root (`/ispyb/api/v1/...`, or another
 * prefix behind a gateway). The root is found from a route every py-ispyb has.
 */
const ANCHOR_ROUTES = ['/auth/login', '/auth/config', '/user/current', '/proposals'];

function apiRootOf(paths: readonly string[]): string {
  for (const anchor of ANCHOR_ROUTES) {
    const hit = paths.find((p) => p.endsWith(anchor));
    if (hit !== undefined) return hit.slice(0, hit.length - anchor.length);
  }
  return '';
}

function propertiesOf(schemas: JsonObject, name: string): JsonObject | undefined {
  const schema = schemas[name];
  if (!isObject(schema)) return undefined;
  // pydantic writes plain `properties`; an `allOf` wrapper is followed one level for safety
  if (isObject(schema.properties)) return schema.properties;
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      if (isObject(part) && isObject(part.properties)) return part.properties;
    }
  }
  return undefined;
}

/**
 * Reads an OpenAPI document. Only route and property *presence* is used, so the live server's
 * non-standard nullable form (`"type": ["null", T]`) and the generated `nullable: true` read the
 * same. Anything unreadable yields a server with no optional features, never an exception: the
 * core screens must keep working.
 */
export function parseCapabilities(openapi: unknown): Capabilities {
  const doc = isObject(openapi) ? openapi : {};
  const rawPaths = isObject(doc.paths) ? doc.paths : {};
  const root = apiRootOf(Object.keys(rawPaths));

  const routes = new Set<string>();
  for (const [path, item] of Object.entries(rawPaths)) {
    if (!isObject(item)) continue;
    const relative = root && path.startsWith(root) ? path.slice(root.length) : path;
    for (const method of Object.keys(item)) {
      routes.add(`${method.toLowerCase()} ${normalisePath(relative)}`);
    }
  }

  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const hasField = (schema: string, property: string): boolean => {
    const properties = propertiesOf(schemas, schema);
    return properties !== undefined && property in properties;
  };
  const hasRoute = (method: HttpMethod, path: string): boolean =>
    routes.has(`${method} ${normalisePath(path)}`);

  return {
    hasRoute,
    hasField,
    ssxFields: hasField('DataCollection', 'SSXDataCollection'),
    sampleCompositions:
      hasField('Sample', 'sample_compositions') ||
      hasField('SampleCrystal', 'crystal_compositions'),
    eventChains: hasRoute('get', '/eventchains')
      ? 'eventchains'
      : hasRoute('get', '/eventchain')
        ? 'eventchain'
        : undefined,
    ssxProcessing: hasRoute('get', '/ssx/datacollection/processing/stats'),
    cellHistogram: hasRoute('get', '/ssx/datacollection/processing/cells/histogram'),
  };
}

/**
 * Only "is it a JSON object" is checked at the edge: the document is large and its details are
 * read leniently by `parseCapabilities`.
 */
const openApiDocumentSchema = z.record(z.string(), z.unknown());

export async function fetchCapabilities(
  http: HttpClient,
  signal?: AbortSignal,
): Promise<Capabilities> {
  return parseCapabilities(await http.get('/openapi.json', openApiDocumentSchema, { signal }));
}

/** Read once per page load: a server does not change its routes while the app runs. */
export const capabilitiesQuery = (http: HttpClient) =>
  queryOptions({
    queryKey: ['capabilities', http.baseUrl],
    queryFn: ({ signal }) => fetchCapabilities(http, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // the result holds functions: structural sharing would compare them field by field for nothing
    structuralSharing: false,
  });
