import type { Proposal } from '../../domain/proposal';
import type { ProposalDto } from './proposals.dto';

export function mapProposal(dto: ProposalDto): Proposal {
  return {
    id: dto.proposalId,
    code: dto.proposalCode,
    number: dto.proposalNumber,
    name: dto.proposal,
    title: dto.title ?? undefined,
    state: dto.state ?? undefined,
    personCount: dto._metadata.persons,
    sessionCount: dto._metadata.sessions,
    beamlines: dto._metadata.beamLines,
  };
}
