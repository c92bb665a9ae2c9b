import { useQuery } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import { experimentQuery } from '../../api/ispyb/runs';
import type { Crumb } from '../../components/PageHeader';
import { groupPath, PROPOSALS_PATH, proposalPath, sessionPath } from '../../lib/paths';

/**
 * Breadcrumbs down to an experiment, named by its session and sample once the experiment is in
 * the cache (the screens below read it); never a request of its own, so the page's boundary
 * alone shows loading and errors. Until then, the numbers from the URL.
 */
export function useExperimentCrumbs(
  proposalName: string,
  sessionId: number,
  groupId: number,
): Crumb[] {
  const http = useHttp();
  const { data: experiment } = useQuery({ ...experimentQuery(http, groupId), enabled: false });
  const group = experiment?.group;
  return [
    { label: 'Proposals', to: PROPOSALS_PATH },
    { label: proposalName, to: proposalPath(proposalName) },
    {
      label: group?.sessionName ?? `Session ${sessionId}`,
      to: sessionPath(proposalName, sessionId),
    },
    {
      label: group?.sampleName ? `Experiment on ${group.sampleName}` : `Experiment ${groupId}`,
      to: groupPath(proposalName, sessionId, groupId),
    },
  ];
}
