import { Button, Group, Pagination, Stack, Text } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useHttp } from '../../api/http-context';
import { shipmentListQuery } from '../../api/ispyb/shippings';
import { EmptyState } from '../../components/EmptyState';
import {
  beamlinesOf,
  filterShipments,
  sortShipments,
  type ShipmentFilters,
  type ShipmentSortKey,
} from '../../domain/shipment-list';
import { useUrlState } from '../../lib/url-state';
import { countOf } from './shipment-tree';
import { NO_FILTERS, ShipmentsFilters } from './ShipmentsFilters';
import { ShipmentsTable } from './ShipmentsTable';
import { hasFilters, shipmentsUrlCodec } from './shipments-url';

const PAGE_SIZE = 25;

/** Filters, table and pages over the whole list (py-ispyb filters shipments by proposal only). */
export function ShipmentsResults({ proposalName }: { proposalName: string | undefined }) {
  const http = useHttp();
  const { data: entries } = useSuspenseQuery(shipmentListQuery(http, proposalName));
  const [state, setState] = useUrlState(shipmentsUrlCodec);
  const facilityWide = proposalName === undefined;
  // on a proposal's page the proposal is fixed by the route, whatever the URL says
  const filters: ShipmentFilters = useMemo(
    () => (facilityWide ? state : { ...state, proposal: '' }),
    [facilityWide, state],
  );
  const matching = useMemo(
    () => sortShipments(filterShipments(entries, filters), state.sort, state.dir),
    [entries, filters, state.sort, state.dir],
  );
  const beamlines = useMemo(() => beamlinesOf(entries), [entries]);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(state.page, pages);
  const shown = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const onFilters = (next: ShipmentFilters) =>
    setState({ ...state, ...next, page: 1 }, { replace: true });
  const onSort = (sort: ShipmentSortKey) =>
    setState({
      ...state,
      sort,
      dir:
        state.sort === sort
          ? state.dir === 'asc'
            ? 'desc'
            : 'asc'
          : sort === 'created'
            ? 'desc'
            : 'asc',
      page: 1,
    });

  const filtered = hasFilters(filters);
  return (
    <Stack gap="md">
      <ShipmentsFilters
        value={filters}
        onChange={onFilters}
        beamlines={beamlines}
        showProposal={facilityWide}
      />
      {/* the table's caption counts the shipments; this line says what the filters kept */}
      <Text size="sm" aria-live="polite">
        {filtered ? `${matching.length} of ${entries.length} shipments match the filters.` : ''}
      </Text>
      {entries.length === 0 ? (
        <EmptyState title="No shipments yet">
          {facilityWide
            ? 'No proposal has registered a shipment.'
            : 'Create one with "New shipment" to tell the facility what you are sending.'}
        </EmptyState>
      ) : matching.length === 0 ? (
        <EmptyState
          title="No shipment matches these filters"
          action={
            <Button variant="light" onClick={() => onFilters(NO_FILTERS)}>
              Clear filters
            </Button>
          }
        >
          Widen the date range or clear a filter.
        </EmptyState>
      ) : (
        <>
          <ShipmentsTable
            entries={shown}
            caption={
              pages > 1
                ? `Shipments ${(page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + shown.length} of ${matching.length}`
                : countOf(matching.length, 'shipment')
            }
            showProposal={facilityWide}
            sort={state.sort}
            dir={state.dir}
            onSort={onSort}
          />
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={page}
                onChange={(next) => setState({ ...state, page: next })}
                getControlProps={(control) => ({
                  'aria-label': control === 'next' ? 'Next page' : 'Previous page',
                })}
                getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
