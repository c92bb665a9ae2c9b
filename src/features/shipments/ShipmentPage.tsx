import { Button, Group } from '@mantine/core';
import { IconEdit, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { shipmentQuery } from '../../api/ispyb/shippings';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { proposalPath, PROPOSALS_PATH, shipmentsPath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { editUrlCodec } from './edit-url';
import { ShipmentDetails } from './ShipmentDetails';
import './packing-list.css';

function parseId(raw: string | undefined): number | undefined {
  return raw !== undefined && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
}

/** `/proposals/:proposalName/shipments/:shippingId` */
export function ShipmentPage() {
  const { proposalName = '', shippingId: rawId } = useParams();
  const shippingId = parseId(rawId);
  const crumbs = [
    { label: 'Proposals', to: PROPOSALS_PATH },
    { label: proposalName, to: proposalPath(proposalName) },
    { label: 'Shipments', to: shipmentsPath(proposalName) },
  ];
  const back = {
    to: shipmentsPath(proposalName),
    label: `Back to the shipments of ${proposalName}`,
  };
  if (shippingId === undefined) {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Shipment not found" />
        <NotFoundPanel title="This is not a shipment address" backTo={back}>
          “{rawId}” is not a shipment number.
        </NotFoundPanel>
      </>
    );
  }
  return (
    <ShipmentScreen
      proposalName={proposalName}
      shippingId={shippingId}
      crumbs={crumbs}
      back={back}
    />
  );
}

function ShipmentScreen({
  proposalName,
  shippingId,
  crumbs,
  back,
}: {
  proposalName: string;
  shippingId: number;
  crumbs: { label: string; to: string }[];
  back: { to: string; label: string };
}) {
  const http = useHttp();
  // for the title only, so the header shows at once; the details suspend on the same query
  const { data: shipment } = useQuery(shipmentQuery(http, shippingId));
  const [, setEdit] = useUrlState(editUrlCodec);

  return (
    <>
      <div data-print="hide">
        <PageHeader
          crumbs={crumbs}
          title={shipment?.name ?? `Shipment ${shippingId}`}
          subtitle={`Shipment ${shippingId} of proposal ${proposalName}`}
          right={
            shipment && (
              <Group gap="xs">
                <Button
                  variant="light"
                  leftSection={<IconEdit size={16} aria-hidden />}
                  onClick={() => setEdit({ edit: { kind: 'shipment' } })}
                >
                  Edit shipment
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconPrinter size={16} aria-hidden />}
                  onClick={() => window.print()}
                >
                  Print packing list
                </Button>
              </Group>
            )
          }
        />
      </div>
      <QueryBoundary
        key={shippingId}
        loadingLabel="Loading shipment…"
        renderError={(error, retry) =>
          isApiError(error) && error.kind === 'not-found' ? (
            <NotFoundPanel title="Shipment not found" backTo={back}>
              Shipment {shippingId} was not found, or you do not have access to it.
            </NotFoundPanel>
          ) : (
            <ErrorPanel error={error} onRetry={retry} />
          )
        }
      >
        <ShipmentDetails proposalName={proposalName} shippingId={shippingId} />
      </QueryBoundary>
    </>
  );
}
