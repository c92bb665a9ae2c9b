import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Sample } from '../../domain/sample';
import type { HttpClient } from '../http';
import { mapPage, type Paginated } from './common.mapper';
import { fetchAllPages, pageParams } from './paging';
import { samplePageSchema, sampleSchema } from './samples.dto';
import { mapSample } from './samples.mapper';

export interface SampleListParams {
  /** Proposal name, e.g. `MX1234`. */
  proposal?: string | undefined;
  containerId?: number | undefined;
  proteinId?: number | undefined;
  /** Matched against the sample name by the server. */
  search?: string | undefined;
  orderBy?: 'blSampleId' | 'name' | 'location' | 'datacollections' | undefined;
  order?: 'asc' | 'desc' | undefined;
  /** py-ispyb's `status`: only `Data Collected` (at least one data collection) is used here. */
  status?: 'Data Collected' | undefined;
  /** 1-based */
  page: number;
  pageSize: number;
}

/**
 * One page of samples. On py-ispyb master and the SSX-webservice branch, samples without a
 * container (every sample the SSX webservice creates) are missing from this list: reach those
 * through their data collections instead.
 */
export async function fetchSamples(
  http: HttpClient,
  {
    proposal,
    containerId,
    proteinId,
    search,
    orderBy,
    order,
    status,
    page,
    pageSize,
  }: SampleListParams,
  signal?: AbortSignal,
): Promise<Paginated<Sample>> {
  const dto = await http.get('/samples', samplePageSchema, {
    params: {
      proposal,
      containerId,
      proteinId,
      status,
      search: search || undefined,
      order_by: orderBy,
      order,
      ...pageParams(page, pageSize),
    },
    signal,
  });
  return mapPage(dto, mapSample);
}

/** 404 (`ApiError` kind `not-found`) for a container-less sample on master / SSX-webservice. */
export async function fetchSample(
  http: HttpClient,
  sampleId: number,
  signal?: AbortSignal,
): Promise<Sample> {
  return mapSample(await http.get(`/samples/${sampleId}`, sampleSchema, { signal }));
}

/** Every sample of a container (a puck holds 16, a plate a few hundred). */
export async function fetchContainerSamples(
  http: HttpClient,
  containerId: number,
  signal?: AbortSignal,
): Promise<Sample[]> {
  return (
    await fetchAllPages(
      http,
      '/samples',
      samplePageSchema,
      { containerId, order_by: 'location', order: 'asc' },
      signal,
    )
  ).map(mapSample);
}

export type SampleFilters = Omit<SampleListParams, 'page' | 'pageSize' | 'orderBy' | 'order'>;

/**
 * Every sample matching the server-side filters, for what py-ispyb cannot filter on (slurry or
 * pin, "no data yet"): a proposal holds hundreds of samples, not millions.
 */
export async function fetchAllSamples(
  http: HttpClient,
  { proposal, containerId, proteinId, search, status }: SampleFilters,
  signal?: AbortSignal,
): Promise<Sample[]> {
  return (
    await fetchAllPages(
      http,
      '/samples',
      samplePageSchema,
      { proposal, containerId, proteinId, status, search: search || undefined },
      signal,
    )
  ).map(mapSample);
}

export const allSamplesQuery = (http: HttpClient, filters: SampleFilters) =>
  queryOptions({
    queryKey: ['samples', 'all', { ...filters }],
    queryFn: ({ signal }) => fetchAllSamples(http, filters, signal),
    placeholderData: keepPreviousData,
  });

export const samplesQuery = (http: HttpClient, params: SampleListParams) =>
  queryOptions({
    queryKey: ['samples', { ...params }],
    queryFn: ({ signal }) => fetchSamples(http, params, signal),
    placeholderData: keepPreviousData,
  });

export const sampleQuery = (http: HttpClient, sampleId: number) =>
  queryOptions({
    queryKey: ['samples', sampleId],
    queryFn: ({ signal }) => fetchSample(http, sampleId, signal),
  });

export const containerSamplesQuery = (http: HttpClient, containerId: number) =>
  queryOptions({
    queryKey: ['containers', containerId, 'samples'],
    queryFn: ({ signal }) => fetchContainerSamples(http, containerId, signal),
  });
