import { queryOptions } from '@tanstack/react-query';
import type {
  AutoIntegration,
  MessageCounts,
  ProcessingAttachment,
  ProcessingMessage,
  ProgramDetails,
  RunProcessingStatus,
} from '../../domain/processing';
import { buildUrl, type HttpClient } from '../http';
import { fetchAllPages } from './paging';
import {
  autoIntegrationPageSchema,
  autoProcProgramPageSchema,
  messageStatusesSchema,
  onceTokenSchema,
  processingAttachmentPageSchema,
  processingMessagePageSchema,
  processingStatusesSchema,
} from './processings.dto';
import {
  mapAutoIntegration,
  mapAutoProcProgram,
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

/** Path of an attachment's file below the client's base URL (not the server's own root). */
export function attachmentFilePath(attachmentId: number): string {
  return `/processings/attachments/${attachmentId}`;
}

/**
 * A link that downloads the file once without the Bearer header: py-ispyb's `POST /user/sign`
 * gives a token valid ~10 s for that one path (contract-notes 1.1). The session token itself
 * never goes into a URL.
 */
export async function signedAttachmentUrl(
  http: HttpClient,
  attachmentId: number,
  signal?: AbortSignal,
): Promise<string> {
  const path = attachmentFilePath(attachmentId);
  const { token } = await http.send('POST', '/user/sign', { validity: path }, onceTokenSchema, {
    signal,
  });
  return buildUrl(http.baseUrl, path, { onetime: token });
}

/**
 * The non-integration programs of a run (ProcessingJob-based; the serial ones on servers that
 * link them). The real server answers 500 here with the ESRF models: callers treat a failure as
 * "not listed" rather than an error of the page.
 */
export async function fetchProcessingPrograms(
  http: HttpClient,
  dataCollectionId: number,
  signal?: AbortSignal,
): Promise<ProgramDetails[]> {
  return (
    await fetchAllPages(
      http,
      '/processings',
      autoProcProgramPageSchema,
      { dataCollectionId },
      signal,
    )
  ).map((dto) => mapAutoProcProgram(dataCollectionId, dto));
}

/** The file itself (needs the Bearer header, hence a fetch rather than a plain link). */
export function fetchProcessingAttachmentFile(
  http: HttpClient,
  attachmentId: number,
  signal?: AbortSignal,
): Promise<Response> {
  return http.stream(attachmentFilePath(attachmentId), { signal });
}

export interface AttachmentText {
  text: string;
  /** The file is longer than what was read. */
  truncated: boolean;
}

/** What the page reads of a file at most: a log's end is in the download. */
export const MAX_VIEW_BYTES = 256 * 1024;

/**
 * The start of an attachment as text, read with the Bearer header and stopped after `maxBytes`
 * (a result file can be tens of MB of unit cells).
 */
export async function fetchAttachmentText(
  http: HttpClient,
  attachmentId: number,
  signal?: AbortSignal,
  maxBytes = MAX_VIEW_BYTES,
): Promise<AttachmentText> {
  const response = await fetchProcessingAttachmentFile(http, attachmentId, signal);
  const reader = response.body?.getReader();
  if (!reader) return { text: await response.text(), truncated: false };
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - bytes;
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room), { stream: true });
      truncated = true;
      await reader.cancel();
      break;
    }
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), truncated };
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

export const processingProgramsQuery = (http: HttpClient, dataCollectionId: number) =>
  queryOptions({
    queryKey: ['dataCollections', dataCollectionId, 'processingPrograms'],
    queryFn: ({ signal }) => fetchProcessingPrograms(http, dataCollectionId, signal),
  });

export const attachmentTextQuery = (http: HttpClient, attachmentId: number) =>
  queryOptions({
    queryKey: ['processingAttachments', attachmentId, 'text'],
    queryFn: ({ signal }) => fetchAttachmentText(http, attachmentId, signal),
    // a finished program's files do not change; a running one's log is re-read on demand
    staleTime: 60_000,
  });
