import { proposalName, type DatasetIndex } from './dataset-index';
import type { DataCollectionRow, RobotActionRow } from './dataset.types';
import { jsonResponse, paginate } from './http.util';
import { PAGING, PROPOSAL_PATTERN, SESSION_PATTERN, pageOf, parseQuery } from './query.util';
import { createRng, hashSeed } from './random';
import { route, type Route } from './router';
import { sessionName } from './serialize-core';
import { dataCollectionEvent, robotEvent, type DemoEvent } from './serialize-events';
import { canSeeDataCollection, canSeeSession, type Viewer } from './visibility';

const SESSION_SCOPE = {
  session: { kind: 'string', pattern: SESSION_PATTERN },
  sessionId: { kind: 'int' },
  blSampleId: { kind: 'int' },
  proteinId: { kind: 'int' },
} as const;

interface Scope {
  session?: string | undefined;
  sessionId?: number | undefined;
  proposal?: string | undefined;
  proposalId?: number | undefined;
  beamLineName?: string | undefined;
}

function sessionsInScope(db: DatasetIndex, viewer: Viewer, scope: Scope): Set<number> {
  const ids = new Set<number>();
  for (const session of db.data.sessions) {
    if (!canSeeSession(viewer, session)) continue;
    if (scope.sessionId !== undefined && session.sessionId !== scope.sessionId) continue;
    if (scope.session !== undefined && sessionName(db, session) !== scope.session) continue;
    if (scope.proposalId !== undefined && session.proposalId !== scope.proposalId) continue;
    if (scope.beamLineName !== undefined && session.beamLineName !== scope.beamLineName) continue;
    if (scope.proposal !== undefined) {
      const proposal = db.proposals.get(session.proposalId);
      if (!proposal || proposalName(proposal) !== scope.proposal) continue;
    }
    ids.add(session.sessionId);
  }
  return ids;
}

function sampleProtein(db: DatasetIndex, blSampleId: number | null): number | undefined {
  const sample = blSampleId === null ? undefined : db.samples.get(blSampleId);
  return sample ? db.crystals.get(sample.crystalId)?.proteinId : undefined;
}

function programStatuses(db: DatasetIndex, dc: DataCollectionRow) {
  const programs = db.programsByDataCollection.get(dc.dataCollectionId) ?? [];
  return {
    processed: programs.some((program) => program.processingStatus === 1),
    error: programs.some(
      (program) =>
        program.processingStatus === 0 ||
        (db.messagesByProgram.get(program.autoProcProgramId) ?? []).some(
          (m) => m.severity === 'ERROR',
        ),
    ),
  };
}

function dcMatchesStatus(
  db: DatasetIndex,
  dc: DataCollectionRow,
  status: string | undefined,
): boolean {
  const success = (dc.runStatus ?? '').toLowerCase().includes('success');
  switch (status) {
    case 'success':
      return success;
    case 'failed':
      return !success;
    case 'processed':
      return programStatuses(db, dc).processed;
    case 'processerror':
      return programStatuses(db, dc).error;
    default:
      return true;
  }
}

function robotMatchesStatus(action: RobotActionRow, status: string | undefined): boolean {
  const success = (action.status ?? '').toLowerCase().includes('success');
  if (status === 'success') return success;
  if (status === 'failed') return !success;
  return status === undefined;
}

const byStartDesc = (a: DemoEvent, b: DemoEvent): number =>
  (b.startTime ?? '').localeCompare(a.startTime ?? '') || b.id - a.id;

export const eventRoutes: Route[] = [
  route('GET', '/events/types', ({ db, viewer, query }) => {
    const params = parseQuery(query, SESSION_SCOPE);
    const sessions = sessionsInScope(db, viewer, params);
    const inScope = (sessionId: number, blSampleId: number | null) =>
      sessions.has(sessionId) &&
      (params.blSampleId === undefined || blSampleId === params.blSampleId) &&
      (params.proteinId === undefined || sampleProtein(db, blSampleId) === params.proteinId);
    const types = new Set<string>();
    for (const group of db.data.dataCollectionGroups) {
      if (
        inScope(group.sessionId, group.blSampleId) &&
        db.dataCollectionsByGroup.has(group.dataCollectionGroupId)
      ) {
        types.add(group.experimentType);
      }
    }
    const results = [...types].sort().map((type) => ({ eventTypeName: type, eventType: type }));
    if (db.data.robotActions.some((action) => inScope(action.blsessionId, action.blsampleId))) {
      results.push({ eventTypeName: 'Sample Actions', eventType: 'robot' });
    }
    return jsonResponse({ total: results.length, results, skip: 0, limit: results.length });
  }),

  route('GET', '/events', ({ db, viewer, query }) => {
    const params = parseQuery(query, {
      status: { kind: 'enum', values: ['success', 'failed', 'processed', 'processerror'] },
      eventType: { kind: 'string' },
      ...PAGING,
      ...SESSION_SCOPE,
      proposal: { kind: 'string', pattern: PROPOSAL_PATTERN },
      proposalId: { kind: 'int' },
      beamLineName: { kind: 'string' },
      dataCollectionId: { kind: 'int' },
      dataCollectionGroupId: { kind: 'int' },
    });
    const { skip, limit } = pageOf(params);
    const sessions = sessionsInScope(db, viewer, params);
    const eventType = params.eventType === '' ? undefined : params.eventType;
    const ungrouped =
      params.dataCollectionGroupId !== undefined || params.dataCollectionId !== undefined;
    const events: DemoEvent[] = [];

    const wantDc = eventType === undefined || !['robot', 'xrf', 'es'].includes(eventType);
    if (wantDc) {
      for (const group of db.data.dataCollectionGroups) {
        if (!sessions.has(group.sessionId)) continue;
        if (
          params.dataCollectionGroupId !== undefined &&
          group.dataCollectionGroupId !== params.dataCollectionGroupId
        ) {
          continue;
        }
        if (eventType !== undefined && group.experimentType !== eventType) continue;
        if (params.blSampleId !== undefined && group.blSampleId !== params.blSampleId) continue;
        if (
          params.proteinId !== undefined &&
          sampleProtein(db, group.blSampleId) !== params.proteinId
        )
          continue;
        const dcs = (db.dataCollectionsByGroup.get(group.dataCollectionGroupId) ?? []).filter(
          (dc) =>
            (params.dataCollectionId === undefined ||
              dc.dataCollectionId === params.dataCollectionId) &&
            dcMatchesStatus(db, dc, params.status),
        );
        if (dcs.length === 0) continue;
        if (ungrouped) {
          for (const dc of dcs) events.push(dataCollectionEvent(db, group, [dc]));
        } else {
          events.push(dataCollectionEvent(db, group, dcs));
        }
      }
    }

    const wantRobot = !ungrouped && (eventType === undefined || eventType === 'robot');
    if (wantRobot) {
      for (const action of db.data.robotActions) {
        if (!sessions.has(action.blsessionId)) continue;
        if (params.blSampleId !== undefined && action.blsampleId !== params.blSampleId) continue;
        if (
          params.proteinId !== undefined &&
          sampleProtein(db, action.blsampleId) !== params.proteinId
        )
          continue;
        if (!robotMatchesStatus(action, params.status)) continue;
        events.push(robotEvent(db, action));
      }
    }

    const page = paginate(events.sort(byStartDesc), skip, limit);
    return jsonResponse(page);
  }),

  route('GET', '/eventchains', ({ db, viewer, query }) => {
    const params = parseQuery(query, {
      dataCollectionId: { kind: 'int', required: true },
      ...PAGING,
    });
    const { skip, limit } = pageOf(params);
    const dataCollectionId = params.dataCollectionId ?? 0;
    const chains = canSeeDataCollection(db, viewer, dataCollectionId)
      ? (db.chainsByDataCollection.get(dataCollectionId) ?? [])
      : [];
    const page = paginate(chains, skip, limit);
    return jsonResponse({
      ...page,
      results: page.results.map((chain) => ({
        eventChainId: chain.eventChainId,
        dataCollectionId: chain.dataCollectionId,
        name: chain.name,
        // The real server does not order events within a chain; neither does the demo.
        events: createRng(hashSeed('eventchain', chain.eventChainId))
          .shuffle(db.eventsByChain.get(chain.eventChainId) ?? [])
          .map((event) => ({
            eventId: event.eventId,
            eventChainId: event.eventChainId,
            eventTypeId: event.eventTypeId,
            componentId: event.componentId,
            name: event.name,
            offset: event.offset,
            duration: event.duration,
            period: event.period,
            repetition: event.repetition,
          })),
      })),
    });
  }),
];
