import { FactList } from '../../components/FactList';
import type { Proposal } from '../../domain/proposal';
import { ProposalStateBadge } from './ProposalStateBadge';

export function ProposalSummary({ proposal }: { proposal: Proposal }) {
  return (
    <FactList
      facts={[
        { label: 'Title', value: proposal.title ?? '–' },
        { label: 'State', value: <ProposalStateBadge state={proposal.state} /> },
        { label: 'Beamlines', value: proposal.beamlines.join(', ') || '–' },
        { label: 'Sessions', value: proposal.sessionCount },
        { label: 'People', value: proposal.personCount },
      ]}
    />
  );
}
