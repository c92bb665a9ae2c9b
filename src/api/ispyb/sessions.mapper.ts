import type { Session } from '../../domain/session';
import { parseIspybDate } from './dates';
import type { SessionDto } from './sessions.dto';

export function mapSession(dto: SessionDto): Session {
  return {
    id: dto.sessionId,
    proposalId: dto.proposalId,
    proposalName: dto.proposal,
    name: dto.session,
    visitNumber: dto.visit_number ?? undefined,
    beamline: dto.beamLineName,
    start: parseIspybDate(dto.startDate),
    end: parseIspybDate(dto.endDate),
    operator: dto.beamLineOperator ?? undefined,
    scheduled: dto.scheduled ?? undefined,
    comments: dto.comments ?? undefined,
    dataCollectionCount: dto._metadata.datacollections ?? undefined,
    personCount: dto._metadata.persons,
    sessionTypes: dto._metadata.sessionTypes,
  };
}
