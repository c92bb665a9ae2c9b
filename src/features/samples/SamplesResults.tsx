import { Anchor, Box, Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useHttp } from '../../api/http-context';
import { allSamplesQuery, samplesQuery, type SampleFilters } from '../../api/ispyb/samples';
import { EmptyState } from '../../components/EmptyState';
import { ListPagination } from '../../components/ListPagination';
import { LoadingState } from '../../components/LoadingState';
import { NoSuchPage } from '../../components/NoSuchPage';
import { UpdatingStatus } from '../../components/UpdatingStatus';
import { sampleKind, type Sample } from '../../domain/sample';
import { formatScientific } from '../../domain/units';
import { samplePath } from '../../lib/paths';
import { activeFilterCount, needsClientFilter, type SamplesUrlState } from './samples-url';

export const SAMPLES_PAGE_SIZE = 25;

export interface SamplesResultsProps {
  proposalName: string;
  state: SamplesUrlState;
  onPage: (page: number) => void;
  onClear: () => void;
}

interface PageOfSamples {
  items: Sample[];
  total: number;
  stale: boolean;
}

/**
 * Paged by the server for what py-ispyb filters (protein, container, name, "has data"); read
 * whole and filtered here for what it cannot (slurry or pin, "no data yet").
 */
function useSamplePage(proposalName: string, state: SamplesUrlState): PageOfSamples | undefined {
  const http = useHttp();
  const filters: SampleFilters = {
    proposal: proposalName,
    search: state.search,
    proteinId: state.proteinId,
    containerId: state.containerId,
    status: state.data === 'yes' ? 'Data Collected' : undefined,
  };
  const local = needsClientFilter(state);
  const paged = useQuery({
    ...samplesQuery(http, { ...filters, page: state.page, pageSize: SAMPLES_PAGE_SIZE }),
    enabled: !local,
    throwOnError: true,
  });
  const all = useQuery({ ...allSamplesQuery(http, filters), enabled: local, throwOnError: true });
  if (!local) {
    return (
      paged.data && {
        items: paged.data.items,
        total: paged.data.total,
        stale: paged.isPlaceholderData,
      }
    );
  }
  if (!all.data) return undefined;
  const matching = all.data.filter(
    (s) =>
      (state.kind === undefined || sampleKind(s) === state.kind) &&
      (state.data !== 'no' || (s.dataCollectionCount ?? 0) === 0),
  );
  const start = (state.page - 1) * SAMPLES_PAGE_SIZE;
  return {
    items: matching.slice(start, start + SAMPLES_PAGE_SIZE),
    total: matching.length,
    stale: all.isPlaceholderData,
  };
}

const um = (v: number | undefined) => (v === undefined ? '–' : String(v));

function sizeText(sample: Sample): string {
  const { x, y, z } = sample.crystal.sizeUm;
  if (x === undefined && y === undefined && z === undefined) return '–';
  return `${um(x)} × ${um(y)} × ${um(z)} µm`;
}

function componentsText(sample: Sample): string {
  const names = [...sample.crystal.components, ...sample.components].map((c) => c.name);
  return names.length === 0 ? '–' : names.join(', ');
}

export function SamplesResults({ proposalName, state, onPage, onClear }: SamplesResultsProps) {
  const page = useSamplePage(proposalName, state);
  if (!page) return <LoadingState label="Loading samples…" />;
  const { items, total, stale } = page;

  if (items.length === 0) {
    if (state.page > 1 && total > 0) {
      return (
        <NoSuchPage page={state.page} onFirstPage={() => onPage(1)}>
          The list has {total} samples.
        </NoSuchPage>
      );
    }
    return activeFilterCount(state) > 0 ? (
      <EmptyState
        title="No samples match these filters"
        action={
          <Button variant="light" onClick={onClear}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState title={`Proposal ${proposalName} has no samples yet`}>
        Samples are registered in the containers of a shipment, or imported from a CSV file.
      </EmptyState>
    );
  }

  const pages = Math.max(1, Math.ceil(total / SAMPLES_PAGE_SIZE));
  const from = (Math.min(state.page, pages) - 1) * SAMPLES_PAGE_SIZE + 1;
  return (
    <Stack gap="xs">
      <UpdatingStatus stale={stale} />
      <Box aria-busy={stale} style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}>
        <Table.ScrollContainer minWidth={920} type="native">
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Caption>
              Samples {from}–{from + items.length - 1} of {total}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Sample</Table.Th>
                <Table.Th scope="col">Protein</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Container</Table.Th>
                <Table.Th scope="col">Crystal size</Table.Th>
                <Table.Th scope="col" ta="right">
                  Density
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Volume
                </Table.Th>
                <Table.Th scope="col">Components</Table.Th>
                <Table.Th scope="col" ta="right">
                  Data collections
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((sample) => (
                <Table.Tr key={sample.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={samplePath(proposalName, sample.id)} fw={600}>
                      {sample.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{sample.crystal.protein.acronym}</Table.Td>
                  <Table.Td>{sampleKind(sample) === 'slurry' ? 'Slurry' : 'Pin'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {sample.containerCode ?? '–'}
                    {sample.location !== undefined && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · position {sample.location}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{sizeText(sample)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {sample.crystal.abundance === undefined
                      ? '–'
                      : formatScientific(sample.crystal.abundance, '/mL')}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {sample.volumeUl === undefined ? '–' : `${sample.volumeUl} µL`}
                  </Table.Td>
                  <Table.Td maw={240}>
                    <Text size="sm" lineClamp={2}>
                      {componentsText(sample)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{sample.dataCollectionCount ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <ListPagination label="Pages of samples" total={pages} page={state.page} onPage={onPage} />
    </Stack>
  );
}
