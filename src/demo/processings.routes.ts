import type { DatasetIndex } from './dataset-index';
import type { AutoProcProgramRow } from './dataset.types';
import { HttpError, jsonResponse, paginateCountingAfter, ValidationError } from './http.util';
import { attachmentResponse, signOnceToken } from './processing-files';
import { PAGING, pageOf, parsePathInt, parseQuery } from './query.util';
import { route, type AuthedContext, type Route } from './router';
import { canSeeDataCollection } from './visibility';

/**
 * `/processings/*` (contract-notes 3.11), intended behaviour: every statistics shell is returned
 * (the real server keeps one), and the serial (CrystFEL) programs appear under `processing`,
 * with their messages and attachments. `total` is still counted after paging, as on the server.
 */

/** `dataCollectionIds=[1,2]`: a URL-encoded JSON array, unlike the comma lists of `/ssx`. */
function jsonIdList(query: URLSearchParams): number[] {
  const raw = query.get('dataCollectionIds') ?? '';
  if (raw === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ValidationError([
      { loc: ['query', 'dataCollectionIds'], msg: 'Invalid JSON', type: 'value_error.json' },
    ]);
  }
  if (!Array.isArray(value) || !value.every((id) => Number.isInteger(id))) {
    throw new ValidationError([
      {
        loc: ['query', 'dataCollectionIds'],
        msg: 'value is not a valid list',
        type: 'type_error.list',
      },
    ]);
  }
  return value as number[];
}

function visiblePrograms(
  { db, viewer }: AuthedContext,
  dataCollectionId: number,
): AutoProcProgramRow[] {
  return canSeeDataCollection(db, viewer, dataCollectionId)
    ? (db.programsByDataCollection.get(dataCollectionId) ?? [])
    : [];
}

function visibleProgram(
  ctx: AuthedContext,
  autoProcProgramId: number,
): AutoProcProgramRow | undefined {
  const program = ctx.db.programs.get(autoProcProgramId);
  return program && canSeeDataCollection(ctx.db, ctx.viewer, program.dataCollectionId)
    ? program
    : undefined;
}

function serializeMessage(db: DatasetIndex, id: number) {
  return (db.messagesByProgram.get(id) ?? []).map((message) => ({
    autoProcProgramMessageId: message.autoProcProgramMessageId,
    autoProcProgramId: message.autoProcProgramId,
    description: message.description,
    message: message.message,
    severity: message.severity,
    recordTimeStamp: message.recordTimeStamp,
  }));
}

function serializeProgram(db: DatasetIndex, program: AutoProcProgramRow) {
  return {
    autoProcProgramId: program.autoProcProgramId,
    processingCommandLine: program.processingCommandLine,
    processingPrograms: program.processingPrograms,
    processingStatus: program.processingStatus,
    processingMessage: program.processingMessage,
    processingStartTime: program.processingStartTime,
    processingEndTime: program.processingEndTime,
    processingEnvironment: program.processingEnvironment,
    recordTimeStamp: program.recordTimeStamp,
    ProcessingJob: null,
    _metadata: {
      attachments: (db.attachmentsByProgram.get(program.autoProcProgramId) ?? []).length,
      autoProcProgramMessages: serializeMessage(db, program.autoProcProgramId),
      imageSweepCount: null,
    },
  };
}

function serializeIntegration(db: DatasetIndex, program: AutoProcProgramRow) {
  const dc = db.dataCollections.get(program.dataCollectionId);
  return {
    ...serializeProgram(db, program),
    AutoProcIntegration: (db.integrationsByProgram.get(program.autoProcProgramId) ?? []).map(
      (integration) => ({
        refinedXBeam: integration.refinedXBeam,
        refinedYBeam: integration.refinedYBeam,
        AutoProcScalingHasInt: (db.autoProcsByProgram.get(program.autoProcProgramId) ?? []).map(
          (autoProc) => ({
            AutoProcScaling: {
              AutoProc: {
                spaceGroup: autoProc.spaceGroup,
                refinedCell_a: autoProc.refinedCell_a,
                refinedCell_b: autoProc.refinedCell_b,
                refinedCell_c: autoProc.refinedCell_c,
                refinedCell_alpha: autoProc.refinedCell_alpha,
                refinedCell_beta: autoProc.refinedCell_beta,
                refinedCell_gamma: autoProc.refinedCell_gamma,
              },
              AutoProcScalingStatistics: (
                db.statisticsByAutoProc.get(autoProc.autoProcId) ?? []
              ).map((row) => ({
                comments: row.comments,
                scalingStatisticsType: row.scalingStatisticsType,
                resolutionLimitLow: row.resolutionLimitLow,
                resolutionLimitHigh: row.resolutionLimitHigh,
                rMerge: row.rMerge,
                rMeasAllIPlusIMinus: row.rMeasAllIPlusIMinus,
                rPimAllIPlusIMinus: row.rPimAllIPlusIMinus,
                fractionalPartialBias: row.fractionalPartialBias,
                nTotalObservations: row.nTotalObservations,
                nTotalUniqueObservations: row.nTotalUniqueObservations,
                meanIOverSigI: row.meanIOverSigI,
                completeness: row.completeness,
                multiplicity: row.multiplicity,
                anomalousCompleteness: row.anomalousCompleteness,
                anomalousMultiplicity: row.anomalousMultiplicity,
                anomalous: row.anomalous,
                ccHalf: row.ccHalf,
                ccAnomalous: row.ccAnomalous,
                resIOverSigI2: row.resIOverSigI2,
              })),
            },
          }),
        ),
        DataCollection: { xBeam: dc?.xBeam ?? null, yBeam: dc?.yBeam ?? null },
      }),
    ),
  };
}

type StatusList = Record<
  string,
  { status: AutoProcProgramRow['processingStatus']; autoProcProgramId: number }[]
>;

const byDataCollection = { dataCollectionId: { kind: 'int' }, ...PAGING } as const;

export const processingRoutes: Route[] = [
  // py-ispyb's one-time tokens, for attachment links that cannot carry the Bearer header
  route('POST', '/user/sign', async (ctx) => {
    let body: unknown;
    try {
      body = await ctx.request.json();
    } catch {
      body = undefined;
    }
    const validity =
      typeof body === 'object' && body !== null && 'validity' in body ? body.validity : undefined;
    if (typeof validity !== 'string' || validity === '') {
      throw new ValidationError([
        { loc: ['body', 'validity'], msg: 'field required', type: 'value_error.missing' },
      ]);
    }
    return jsonResponse({ validity, token: signOnceToken(ctx, validity) });
  }),

  route('GET', '/processings/status', (ctx) => {
    const statuses: Record<string, unknown> = {};
    for (const id of jsonIdList(ctx.query)) {
      const programs = visiblePrograms(ctx, id);
      if (programs.length === 0) continue;
      const collect = (kind: AutoProcProgramRow['kind']): StatusList | null => {
        const list: StatusList = {};
        for (const program of programs.filter((p) => p.kind === kind)) {
          (list[program.processingPrograms] ??= []).push({
            status: program.processingStatus,
            autoProcProgramId: program.autoProcProgramId,
          });
        }
        return Object.keys(list).length > 0 ? list : null;
      };
      statuses[String(id)] = {
        screening: null,
        xrc: null,
        processing: collect('ssx'),
        autoIntegration: collect('integration'),
        em: null,
      };
    }
    return jsonResponse({ statuses });
  }),

  route('GET', '/processings/messages/status', (ctx) => {
    const statuses: Record<string, { errors: number; warnings: number; info: number }> = {};
    for (const id of jsonIdList(ctx.query)) {
      const messages = visiblePrograms(ctx, id).flatMap(
        (program) => ctx.db.messagesByProgram.get(program.autoProcProgramId) ?? [],
      );
      if (messages.length === 0) continue;
      statuses[String(id)] = {
        errors: messages.filter((m) => m.severity === 'ERROR').length,
        warnings: messages.filter((m) => m.severity === 'WARNING').length,
        info: messages.filter((m) => m.severity === 'INFO').length,
      };
    }
    return jsonResponse({ statuses });
  }),

  route('GET', '/processings/messages', (ctx) => {
    const params = parseQuery(ctx.query, {
      autoProcProgramMessageId: { kind: 'int' },
      ...byDataCollection,
    });
    const { skip, limit } = pageOf(params);
    const programs =
      params.dataCollectionId === undefined
        ? ctx.db.data.autoProcPrograms.filter((p) => visibleProgram(ctx, p.autoProcProgramId))
        : visiblePrograms(ctx, params.dataCollectionId);
    const messages = programs
      .flatMap((program) => serializeMessage(ctx.db, program.autoProcProgramId))
      .filter(
        (message) =>
          params.autoProcProgramMessageId === undefined ||
          message.autoProcProgramMessageId === params.autoProcProgramMessageId,
      );
    return jsonResponse(paginateCountingAfter(messages, skip, limit));
  }),

  route('GET', '/processings/attachments', (ctx) => {
    const params = parseQuery(ctx.query, {
      autoProcProgramId: { kind: 'int' },
      autoProcProgramAttachmentId: { kind: 'int' },
      ...PAGING,
    });
    const { skip, limit } = pageOf(params);
    const attachments = ctx.db.data.autoProcProgramAttachments.filter(
      (attachment) =>
        (params.autoProcProgramId === undefined ||
          attachment.autoProcProgramId === params.autoProcProgramId) &&
        (params.autoProcProgramAttachmentId === undefined ||
          attachment.autoProcProgramAttachmentId === params.autoProcProgramAttachmentId) &&
        visibleProgram(ctx, attachment.autoProcProgramId) !== undefined,
    );
    const page = paginateCountingAfter(attachments, skip, limit);
    return jsonResponse({
      ...page,
      results: page.results.map((attachment) => ({
        autoProcProgramAttachmentId: attachment.autoProcProgramAttachmentId,
        autoProcProgramId: attachment.autoProcProgramId,
        fileName: attachment.fileName,
        fileType: attachment.fileType,
        importanceRank: attachment.importanceRank,
        _metadata: {
          url: `${ctx.apiRoot}/processings/attachments/${attachment.autoProcProgramAttachmentId}`,
        },
      })),
    });
  }),

  route('GET', '/processings/attachments/{autoProcProgramAttachmentId}', (ctx) => {
    const attachment = ctx.db.attachments.get(
      parsePathInt(ctx.params, 'autoProcProgramAttachmentId'),
    );
    const program = attachment ? visibleProgram(ctx, attachment.autoProcProgramId) : undefined;
    if (!attachment || !program) throw new HttpError(404, 'Attachment not found');
    return attachmentResponse(ctx.db, attachment, program);
  }),

  route('GET', '/processings/auto-integrations', (ctx) => {
    const params = parseQuery(ctx.query, byDataCollection);
    const { skip, limit } = pageOf(params);
    const programs = (
      params.dataCollectionId === undefined
        ? ctx.db.data.autoProcPrograms.filter((p) => visibleProgram(ctx, p.autoProcProgramId))
        : visiblePrograms(ctx, params.dataCollectionId)
    ).filter((program) => program.kind === 'integration');
    const page = paginateCountingAfter(programs, skip, limit);
    return jsonResponse({
      ...page,
      results: page.results.map((p) => serializeIntegration(ctx.db, p)),
    });
  }),

  route('GET', '/processings/screenings', (ctx) => {
    const { skip, limit } = pageOf(parseQuery(ctx.query, byDataCollection));
    return jsonResponse({ total: 0, results: [], skip, limit });
  }),

  // The real server answers 500 here with the ESRF models; the demo lists the non-integration
  // (serial) programs, which is what the route is meant to return.
  route('GET', '/processings', (ctx) => {
    const params = parseQuery(ctx.query, byDataCollection);
    const { skip, limit } = pageOf(params);
    const programs = (
      params.dataCollectionId === undefined
        ? ctx.db.data.autoProcPrograms.filter((p) => visibleProgram(ctx, p.autoProcProgramId))
        : visiblePrograms(ctx, params.dataCollectionId)
    ).filter((program) => program.kind === 'ssx');
    const page = paginateCountingAfter(programs, skip, limit);
    return jsonResponse({ ...page, results: page.results.map((p) => serializeProgram(ctx.db, p)) });
  }),
];
