import { describe, expect, it } from 'vitest';
import { mapPage } from './common.mapper';
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
  mapProcessingState,
  mapProcessingStatuses,
} from './processings.mapper';
import {
  branchResponse,
  firstIssuePath,
  must,
  recorded,
  type Branch,
} from '../../testing/fixtures';

const BRANCHES: Branch[] = ['master', 'ssx-webservice'];

describe('/processings/status', () => {
  it('maps the recorded empty answer', () => {
    expect(
      mapProcessingStatuses(processingStatusesSchema.parse(recorded('processings-status'))),
    ).toEqual([]);
  });

  it.each(BRANCHES)('maps the %s capture', (branch) => {
    const statuses = mapProcessingStatuses(
      processingStatusesSchema.parse(
        branchResponse(branch, '/processings/status?dataCollectionIds=[1]'),
      ),
    );
    expect(statuses).toEqual([
      {
        dataCollectionId: 1,
        programs: [
          {
            id: 1,
            dataCollectionId: 1,
            programs: 'autoPROC',
            state: 'success',
            kind: 'autoIntegration',
          },
        ],
        steps: [],
      },
    ]);
  });

  it('maps screening and X-ray centring steps and every status code', () => {
    const statuses = mapProcessingStatuses(
      processingStatusesSchema.parse({
        statuses: {
          '7': {
            screening: { EDNA: [{ status: 1, indexingSuccess: 0 }] },
            xrc: { 'xrc-zocalo': [{ status: null }] },
            processing: { 'xia2.ssx': [{ status: 2, autoProcProgramId: 12 }] },
            autoIntegration: null,
            em: null,
          },
        },
      }),
    );
    expect(statuses[0]).toEqual({
      dataCollectionId: 7,
      programs: [
        { id: 12, dataCollectionId: 7, programs: 'xia2.ssx', state: 'not-run', kind: 'processing' },
      ],
      steps: [
        { kind: 'screening', program: 'EDNA', state: 'success', indexingState: 'failed' },
        { kind: 'xrc', program: 'xrc-zocalo', state: 'running' },
      ],
    });
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(
      branchResponse('master', '/processings/status?dataCollectionIds=[1]'),
    ) as { statuses: { '1': { autoIntegration: { autoPROC: [Record<string, unknown>] } } } };
    delete dto.statuses['1'].autoIntegration.autoPROC[0].autoProcProgramId;
    expect(firstIssuePath(processingStatusesSchema.safeParse(dto))).toBe(
      'statuses.1.autoIntegration.autoPROC[0].autoProcProgramId',
    );
  });
});

describe('mapProcessingState', () => {
  it('reads codes and the ESRF enum words', () => {
    expect(mapProcessingState(null)).toBe('running');
    expect(mapProcessingState(0)).toBe('failed');
    expect(mapProcessingState(1)).toBe('success');
    expect(mapProcessingState(2)).toBe('not-run');
    expect(mapProcessingState('SUCCESS')).toBe('success');
    expect(mapProcessingState('FAILED')).toBe('failed');
    expect(mapProcessingState('RUNNING')).toBe('running');
    expect(mapProcessingState('1')).toBe('success');
  });
});

describe('/processings/messages', () => {
  const message = {
    autoProcProgramMessageId: 5,
    autoProcProgramId: 1,
    description: 'Low completeness',
    message: 'Completeness 62 % in the outer shell',
    severity: 'WARNING',
    recordTimeStamp: '2023-01-20T09:20:00',
  };

  it('maps a page of messages', () => {
    const page = mapPage(
      processingMessagePageSchema.parse({ total: 1, results: [message], skip: 0, limit: 25 }),
      mapProcessingMessage,
    );
    expect(page.items).toEqual([
      {
        id: 5,
        programId: 1,
        severity: 'warning',
        description: 'Low completeness',
        message: 'Completeness 62 % in the outer shell',
        recordedAt: new Date(2023, 0, 20, 9, 20),
      },
    ]);
  });

  it.each(BRANCHES)('maps the %s message counts (empty on ESRF models)', (branch) => {
    expect(
      mapMessageStatuses(
        messageStatusesSchema.parse(
          branchResponse(branch, '/processings/messages/status?dataCollectionIds=[1]'),
        ),
      ),
    ).toEqual([]);
  });

  it('maps message counts', () => {
    expect(
      mapMessageStatuses(
        messageStatusesSchema.parse({ statuses: { '2': { errors: 1, warnings: 0, info: 3 } } }),
      ),
    ).toEqual([{ dataCollectionId: 2, errors: 1, warnings: 0, info: 3 }]);
  });

  it('names the field of a contract violation', () => {
    const noSeverity: Partial<typeof message> = { ...message };
    delete noSeverity.severity;
    expect(
      firstIssuePath(
        processingMessagePageSchema.safeParse({
          total: 1,
          results: [noSeverity],
          skip: 0,
          limit: 1,
        }),
      ),
    ).toBe('results[0].severity');
  });
});

describe('/processings/attachments', () => {
  it('maps the recorded empty page', () => {
    const page = mapPage(
      processingAttachmentPageSchema.parse(recorded('processings-attachments')),
      mapProcessingAttachment,
    );
    expect(page).toEqual({ total: 0, items: [], skip: 0, limit: 25 });
  });

  it.each(BRANCHES)('maps the %s capture', (branch) => {
    const page = mapPage(
      processingAttachmentPageSchema.parse(
        branchResponse(branch, '/processings/attachments?autoProcProgramId=1'),
      ),
      mapProcessingAttachment,
    );
    expect(page.items).toEqual([
      {
        id: 1,
        programId: 1,
        fileName: 'autoPROC.log',
        fileType: 'Log',
        importanceRank: undefined,
        url: '/ispyb/api/v1/processings/attachments/1',
      },
    ]);
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(
      branchResponse('master', '/processings/attachments?autoProcProgramId=1'),
    ) as { results: [{ _metadata: Record<string, unknown> }] };
    delete dto.results[0]._metadata.url;
    expect(firstIssuePath(processingAttachmentPageSchema.safeParse(dto))).toBe(
      'results[0]._metadata.url',
    );
  });
});

describe('/processings/auto-integrations', () => {
  it.each(BRANCHES)('maps the %s capture (one shell only: py-ispyb defect)', (branch) => {
    const [integration, ...rest] = autoIntegrationPageSchema
      .parse(branchResponse(branch, '/processings/auto-integrations?dataCollectionId=1'))
      .results.map((dto) => mapAutoIntegration(1, dto));
    expect(rest).toEqual([]);
    expect(integration).toEqual({
      programId: 1,
      dataCollectionId: 1,
      programs: 'autoPROC',
      commandLine: 'autoPROC',
      state: 'success',
      message: undefined,
      start: new Date(2023, 0, 20, 9, 6),
      end: new Date(2023, 0, 20, 9, 20),
      attachmentCount: 1,
      messages: [],
      results: [
        {
          spaceGroup: 'P 43 21 2',
          cell: { a: 79.12, b: 79.12, c: 37.98, alpha: 90, beta: 90, gamma: 90 },
          refinedBeam: { x: 81.3, y: 83.3 },
          shells: {
            overall: undefined,
            inner: undefined,
            outer: {
              resolutionLowA: 1.64,
              resolutionHighA: 1.6,
              rMerge: 1.12,
              rMeasAll: 1.1648,
              rMeasWithin: undefined,
              rPimAll: 0.336,
              rPimWithin: undefined,
              fractionalPartialBias: undefined,
              observations: 200000,
              uniqueObservations: 15300,
              meanIOverSigI: 1.9,
              completeness: 98.7,
              multiplicity: 12.8,
              anomalousCompleteness: 99,
              anomalousMultiplicity: 6.6,
              anomalous: false,
              ccHalf: 62.1,
              ccAnomalous: undefined,
              resolutionIOverSigI2A: undefined,
              comments: undefined,
            },
          },
        },
      ],
    });
  });

  it('sorts three shells, as a fixed server (or the demo) sends them', () => {
    const dto = structuredClone(
      branchResponse('master', '/processings/auto-integrations?dataCollectionId=1'),
    ) as {
      results: [
        {
          AutoProcIntegration: [
            {
              AutoProcScalingHasInt: [
                { AutoProcScaling: { AutoProcScalingStatistics: Record<string, unknown>[] } },
              ];
            },
          ];
        },
      ];
    };
    const statistics =
      dto.results[0].AutoProcIntegration[0].AutoProcScalingHasInt[0].AutoProcScaling
        .AutoProcScalingStatistics;
    const outer = must(statistics[0]);
    statistics.unshift(
      {
        ...outer,
        scalingStatisticsType: 'overall',
        resolutionLimitLow: 40,
        rMeasWithinIPlusIMinus: 0.1,
      },
      { ...outer, scalingStatisticsType: 'innerShell', resolutionLimitHigh: 4.4 },
      { ...outer, scalingStatisticsType: null },
    );
    const [integration] = autoIntegrationPageSchema
      .parse(dto)
      .results.map((r) => mapAutoIntegration(1, r));
    const shells = must(integration?.results[0]).shells;
    expect(shells.overall?.resolutionLowA).toBe(40);
    expect(shells.overall?.rMeasWithin).toBe(0.1);
    expect(shells.inner?.resolutionHighA).toBe(4.4);
    expect(shells.outer?.resolutionHighA).toBe(1.6);
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(
      branchResponse('master', '/processings/auto-integrations?dataCollectionId=1'),
    ) as { results: [Record<string, unknown>] };
    dto.results[0].processingStartTime = 'soon';
    expect(firstIssuePath(autoIntegrationPageSchema.safeParse(dto))).toBe(
      'results[0].processingStartTime',
    );
  });
});
