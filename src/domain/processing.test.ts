import { describe, expect, it } from 'vitest';
import {
  isViewableAttachment,
  joinRunPrograms,
  type AutoIntegration,
  type ProcessingMessage,
  type ProgramDetails,
  type RunProcessingStatus,
} from './processing';

function details(
  programId: number,
  start: string,
  over: Partial<ProgramDetails> = {},
): ProgramDetails {
  return {
    programId,
    dataCollectionId: 7,
    programs: 'CrystFEL',
    commandLine: undefined,
    state: 'success',
    message: undefined,
    start: new Date(start),
    end: undefined,
    attachmentCount: 1,
    messages: [],
    ...over,
  };
}

function message(
  id: number,
  programId: number,
  severity: ProcessingMessage['severity'],
): ProcessingMessage {
  return {
    id,
    programId,
    severity,
    description: `m${id}`,
    message: '',
    recordedAt: new Date(2025, 0, 1, 10, id),
  };
}

describe('joinRunPrograms', () => {
  const status: RunProcessingStatus = {
    dataCollectionId: 7,
    programs: [
      { id: 1, dataCollectionId: 7, programs: 'CrystFEL', state: 'success', kind: 'processing' },
      { id: 2, dataCollectionId: 7, programs: 'xia2.ssx', state: 'failed', kind: 'processing' },
    ],
    steps: [],
  };

  it('puts failed programs first, then by start; the status summary names them', () => {
    const programs = joinRunPrograms(
      status,
      [details(1, '2025-01-01T10:00:00'), details(2, '2025-01-01T09:00:00', { programs: 'other' })],
      [],
      [],
    );
    expect(programs.map((p) => [p.programId, p.name, p.state])).toEqual([
      [2, 'xia2.ssx', 'failed'],
      [1, 'CrystFEL', 'success'],
    ]);
  });

  it('lists programs the status summary misses (py-ispyb’s gap for serial programs)', () => {
    const integration: AutoIntegration = {
      ...details(5, '2025-01-01T08:00:00', { programs: 'autoPROC' }),
      results: [],
    };
    const programs = joinRunPrograms(
      undefined,
      [details(4, '2025-01-01T09:00:00')],
      [integration],
      [message(1, 6, 'info')],
    );
    expect(programs.map((p) => [p.programId, p.name, p.kind])).toEqual([
      [5, 'autoPROC', 'autoIntegration'],
      [4, 'CrystFEL', 'processing'],
      [6, 'Program 6', undefined],
    ]);
  });

  it('attaches each message once, errors first, whether from the messages route or a program row', () => {
    const error = message(3, 1, 'error');
    const programs = joinRunPrograms(
      status,
      [details(1, '2025-01-01T10:00:00', { messages: [error] })],
      [],
      [message(1, 1, 'info'), message(2, 1, 'warning'), error],
    );
    expect(programs.find((p) => p.programId === 1)?.messages.map((m) => m.id)).toEqual([3, 2, 1]);
  });
});

describe('isViewableAttachment', () => {
  const attachment = (fileName: string, fileType: string) => ({
    id: 1,
    programId: 1,
    fileName,
    fileType,
    importanceRank: undefined,
    url: '',
  });

  it('shows logs and text results in the page, and not binary files', () => {
    expect(isViewableAttachment(attachment('indexamajig.log', 'Log'))).toBe(true);
    expect(isViewableAttachment(attachment('ssx_stats.json', 'Result'))).toBe(true);
    expect(isViewableAttachment(attachment('merged.mtz', 'Result'))).toBe(false);
  });
});
