import { Anchor, Box, Button, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useHttp } from '../../api/http-context';
import { proteinsQuery } from '../../api/ispyb/proteins';
import { EmptyState } from '../../components/EmptyState';
import { ListPagination } from '../../components/ListPagination';
import { LoadingState } from '../../components/LoadingState';
import { NoSuchPage } from '../../components/NoSuchPage';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { SearchField } from '../../components/SearchField';
import { UpdatingStatus } from '../../components/UpdatingStatus';
import { PROPOSALS_PATH, proposalPath, samplesPath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { proteinsUrlCodec, type ProteinsUrlState } from './proteins-url';

const PROTEINS_PAGE_SIZE = 25;

/** `/proposals/:proposalName/proteins?search=&page=` */
export function ProteinsPage() {
  const { proposalName = '' } = useParams();
  const [state, setState] = useUrlState(proteinsUrlCodec);
  return (
    <Stack gap="md">
      <PageHeader
        crumbs={[
          { label: 'Proposals', to: PROPOSALS_PATH },
          { label: proposalName, to: proposalPath(proposalName) },
        ]}
        title="Proteins"
        subtitle={`The proteins registered for ${proposalName}, with their samples.`}
        right={
          <Button component={Link} to={samplesPath(proposalName)} variant="light" size="sm">
            All samples
          </Button>
        }
      />
      <SearchField
        label="Search proteins"
        placeholder="Acronym or name"
        value={state.search}
        onSearch={(search) => setState({ search, page: 1 }, { replace: true })}
      />
      <QueryBoundary key={proposalName} resetKeys={[state]} loadingLabel="Loading proteins…">
        <ProteinsResults
          proposalName={proposalName}
          state={state}
          onPage={(page) => setState({ ...state, page })}
        />
      </QueryBoundary>
    </Stack>
  );
}

const count = (n: number | undefined) => (n === undefined ? '–' : String(n));

function ProteinsResults({
  proposalName,
  state,
  onPage,
}: {
  proposalName: string;
  state: ProteinsUrlState;
  onPage: (page: number) => void;
}) {
  const http = useHttp();
  const query = useQuery({
    ...proteinsQuery(http, {
      proposal: proposalName,
      search: state.search,
      orderBy: 'acronym',
      order: 'asc',
      page: state.page,
      pageSize: PROTEINS_PAGE_SIZE,
    }),
    throwOnError: true,
  });
  if (!query.data) return <LoadingState label="Loading proteins…" />;
  const { items, total, skip } = query.data;
  const stale = query.isPlaceholderData;
  if (items.length === 0) {
    if (state.page > 1 && total > 0) {
      return <NoSuchPage page={state.page} onFirstPage={() => onPage(1)} />;
    }
    return state.search ? (
      <EmptyState title={`No proteins match “${state.search}”`}>
        Search by acronym (e.g. “HEWL”) or by name.
      </EmptyState>
    ) : (
      <EmptyState title={`Proposal ${proposalName} has no proteins yet`}>
        Proteins are registered by the facility’s user office, with their safety review.
      </EmptyState>
    );
  }
  const pages = Math.max(1, Math.ceil(total / PROTEINS_PAGE_SIZE));
  return (
    <Stack gap="xs">
      <UpdatingStatus stale={stale} />
      <Box aria-busy={stale} style={{ opacity: stale ? 0.6 : 1 }}>
        <Table.ScrollContainer minWidth={640} type="native">
          <Table striped verticalSpacing="xs">
            <Table.Caption>
              Proteins {skip + 1}–{skip + items.length} of {total}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Acronym</Table.Th>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col" ta="right">
                  Molecular mass
                </Table.Th>
                <Table.Th scope="col">Safety</Table.Th>
                <Table.Th scope="col" ta="right">
                  Crystals
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Samples
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Data collections
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((protein) => (
                <Table.Tr key={protein.id ?? protein.acronym}>
                  <Table.Th scope="row">{protein.acronym}</Table.Th>
                  <Table.Td>{protein.name}</Table.Td>
                  <Table.Td ta="right">
                    {/* ISPyB does not fix the unit; facilities store kDa */}
                    {protein.molecularMass === undefined ? '–' : `${protein.molecularMass} kDa`}
                  </Table.Td>
                  <Table.Td>{protein.safetyLevel ?? '–'}</Table.Td>
                  <Table.Td ta="right">{count(protein.crystalCount)}</Table.Td>
                  <Table.Td ta="right">
                    {protein.id !== undefined && (protein.sampleCount ?? 0) > 0 ? (
                      <Anchor
                        component={Link}
                        to={`${samplesPath(proposalName)}?protein=${protein.id}`}
                        aria-label={`${count(protein.sampleCount)} samples of ${protein.acronym}`}
                      >
                        {count(protein.sampleCount)}
                      </Anchor>
                    ) : (
                      count(protein.sampleCount)
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{count(protein.dataCollectionCount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <ListPagination label="Pages of proteins" total={pages} page={state.page} onPage={onPage} />
    </Stack>
  );
}
