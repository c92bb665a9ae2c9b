import { queryOptions } from '@tanstack/react-query';
import type {
  AutoIntegration,
  MessageCounts,
  ProcessingAttachment,
  ProcessingMessage,
  RunProcessingStatus,
} from '../../domain/processing';
import type { HttpClient } from '../http';
import { fetchAllPages } from './paging';
import {
  autoIntegrationPageSchema,
  messageStatusesSchema,
  processingAttachmentPageSchema,
  processingMessagePageSchema,
  processingStatusesSchema,
} from './processings.dto';
import {
  mapAutoIntegration,
  mapMessageStatuses,
  mapProcessingAttachment,
  mapProcessingMessage,
  mapProcessingStatuses,
} from './processings.mapper';

/**
 * `/processings/status` and `/processings/messages/status` want a JSON array (`[1,2]`), unlike
 * the comma list of the `/ssx/*` routes.
 */
function jsonIds(ids: readonly number[]): string {
  return JSON.stringify(ids);
}

function canonicalIds(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Status per run. SSX programs written by the webservice are not linked here (py-ispyb gap). */
export async function fetchProcessingStatuses(
  http: HttpClient,
  dataCollectionIds: readonly number[],
  signal?: AbortSignal,
): Promise<RunProcessingStatus[]> {
  if (dataCollectionIds.length === 0) return [];
  const dto = await http.get('/processings/status', processingStatusesSchema, {
    params: { dataCollectionIds: jsonIds(dataCollectionIds) },
    signal,
  });
  return mapProcessingStatuses(dto);
}

export async function fetchMessageCounts(
  http: HttpClient,
  dataCollectionIds: readonly number[],
  signal?: AbortSignal,
): Promise<MessageCounts[]> {
  if (dataCollectionIds.length === 0) return [];
  const dto = await http.get('/processings/messages/status', messageStatusesSchema, {
    params: { dataCollectionIds: jsonIds(dataCollectionIds) },
    signal,
  });
  return mapMessageStatuses(dto);
}

export async function fetchProcessingMessages(
  http: HttpClient,
  dataCollectionId: number,
  signal?: AbortSignal,
): Promise<ProcessingMessage[]> {
  return (
    await fetchAllPages(
      http,
      '/processings/messages',
      processingMessagePageSchema,
      { dataCollectionId },
      signal,
    )
  ).map(mapProcessingMessage);
}

export async function fetchProcessingAttachments(
  http: HttpClient,
  autoProcProgramId: number,
  signal?: AbortSignal,
): Promise<ProcessingAttachment[]> {
  return (
    await fetchAllPages(
      http,
      '/processings/attachments',
      processingAttachmentPageSchema,
      { autoProcProgramId },
      signal,
    )
  ).map(mapProcessingAttachment);
}

/** The file itself (needs the Bearer header, hence a fetch rather than a plain link). */
export function fetchProcessingAttachmentFile(
  http: HttpClient,
  attachmentId: number,
  signal?: AbortSignal,
): Promise<Response> {
  return http.stream(`/processings/attachments/${attachmentId}`, { signal });
}

/** Merging statistics of a run's auto-processing programs. */
export async function fetchAutoIntegrations(
  http: HttpClient,
  dataCollectionId: number,
  signal?: AbortSignal,
): Promise<AutoIntegration[]> {
  return (
    await fetchAllPages(
      http,
      '/processings/auto-integrations',
      autoIntegrationPageSchema,
      { dataCollectionId },
      signal,
    )
  ).map((dto) => mapAutoIntegration(dataCollectionId, dto));
}

export const processingStatusesQuery = (http: HttpClient, dataCollectionIds: readonly number[]) => {
  const ids = canonicalIds(dataCollectionIds);
  return queryOptions({
    queryKey: ['processings', 'status', ids],
    queryFn: ({ signal }) => fetchProcessingStatuses(http, ids, signal),
  });
};

export const messageCountsQuery = (http: HttpClient, dataCollectionIds: readonly number[]) => {
  const ids = canonicalIds(dataCollectionIds);
  return queryOptions({
    queryKey: ['processings', 'messageCounts', ids],
    queryFn: ({ signal }) => fetchMessageCounts(http, ids, signal),
  });
};

export const processingMessagesQuery = (http: HttpClient, dataCollectionId: number) =>
  queryOptions({
    queryKey: ['dataCollections', dataCollectionId, 'processingMessages'],
    queryFn: ({ signal }) => fetchProcessingMessages(http, dataCollectionId, signal),
  });

export const autoIntegrationsQuery = (http: HttpClient, dataCollectionId: number) =>
  queryOptions({
    queryKey: ['dataCollections', dataCollectionId, 'autoIntegrations'],
    queryFn: ({ signal }) => fetchAutoIntegrations(http, dataCollectionId, signal),
  });

export const processingAttachmentsQuery = (http: HttpClient, autoProcProgramId: number) =>
  queryOptions({
    queryKey: ['processingPrograms', autoProcProgramId, 'attachments'],
    queryFn: ({ signal }) => fetchProcessingAttachments(http, autoProcProgramId, signal),
  });
