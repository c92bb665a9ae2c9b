import { Stack, Text, Title } from '@mantine/core';
import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { sampleGroupsQuery } from '../../api/ispyb/runs';
import { sampleQuery } from '../../api/ispyb/samples';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { PROPOSALS_PATH, proposalPath } from '../../lib/paths';
import { parseSampleId } from './sample-id';
import { SampleDetails } from './SampleDetails';
import { SampleExperiments } from './SampleExperiments';

/** `/proposals/:proposalName/samples/:sampleId` */
export function SamplePage() {
  const { proposalName = '', sampleId: rawId } = useParams();
  const sampleId = parseSampleId(rawId);
  const crumbs = [
    { label: 'Proposals', to: PROPOSALS_PATH },
    { label: proposalName, to: proposalPath(proposalName) },
  ];
  if (sampleId === undefined) {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Sample not found" />
        <NotFoundPanel
          title="This is not a sample address"
          backTo={{ to: proposalPath(proposalName), label: `Back to proposal ${proposalName}` }}
        >
          “{rawId}” is not a sample number.
        </NotFoundPanel>
      </>
    );
  }
  return <SampleScreen proposalName={proposalName} sampleId={sampleId} crumbs={crumbs} />;
}

function SampleScreen({
  proposalName,
  sampleId,
  crumbs,
}: {
  proposalName: string;
  sampleId: number;
  crumbs: { label: string; to: string }[];
}) {
  const http = useHttp();
  usePrefetchQuery(sampleGroupsQuery(http, sampleId));
  // For the title only: the sample's own name, else the name its experiments carry.
  const { data: sample } = useQuery(sampleQuery(http, sampleId));
  const { data: groups } = useQuery(sampleGroupsQuery(http, sampleId));
  const name = sample?.name ?? groups?.find((g) => g.sampleName)?.sampleName;
  const detailsHeading = useId();
  const experimentsHeading = useId();

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={name ? `Sample ${name}` : `Sample ${sampleId}`}
        subtitle={
          sample
            ? `${sample.crystal.protein.name || sample.crystal.protein.acronym} · sample ${sampleId}`
            : undefined
        }
      />
      <Stack gap="xl">
        <Stack component="section" aria-labelledby={detailsHeading} gap="sm">
          <Title order={2} size="h3" id={detailsHeading}>
            Slurry
          </Title>
          <QueryBoundary
            key={sampleId}
            loadingLabel="Loading the sample…"
            renderError={(error, retry) =>
              isApiError(error) && error.kind === 'not-found' ? (
                <Text size="sm">
                  The server does not serve this sample’s details (it answers “not found”). Either
                  you do not have access to it, or the server is py-ispyb master or its
                  SSX-webservice line, which do not serve samples created without a container, as
                  SSX samples are. Its experiments are listed below all the same.
                </Text>
              ) : (
                <ErrorPanel error={error} onRetry={retry} showHomeLink={false} />
              )
            }
          >
            <SampleDetails sampleId={sampleId} />
          </QueryBoundary>
        </Stack>
        <Stack component="section" aria-labelledby={experimentsHeading} gap="sm">
          <Title order={2} size="h3" id={experimentsHeading}>
            Experiments with this sample
          </Title>
          <QueryBoundary key={sampleId} loadingLabel="Loading experiments…">
            <SampleExperiments sampleId={sampleId} proposalName={proposalName} />
          </QueryBoundary>
        </Stack>
      </Stack>
    </>
  );
}
