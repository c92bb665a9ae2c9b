import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useHttp } from '../../../api/http-context';
import { containerQuery, dewarContainersQuery } from '../../../api/ispyb/containers';
import { dewarQuery, shipmentDewarsQuery } from '../../../api/ispyb/dewars';
import { proposalShipmentsQuery } from '../../../api/ispyb/shippings';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { QueryBoundary } from '../../../components/QueryBoundary';
import type { Container } from '../../../domain/shipment';
import { shipmentPath, shipmentsPath } from '../../../lib/paths';

export interface ContainerStepProps {
  proposalName: string;
  containerId: number | undefined;
  onChange: (containerId: number | undefined) => void;
}

/** The container the samples go into: the one in the URL, or picked shipment → dewar → container. */
export function ContainerStep({ proposalName, containerId, onChange }: ContainerStepProps) {
  if (containerId === undefined) {
    return <ContainerPicker proposalName={proposalName} onPick={onChange} />;
  }
  return (
    <QueryBoundary
      key={containerId}
      loadingLabel="Loading the container…"
      renderError={(error, retry) => (
        <Stack gap="xs">
          <ErrorPanel error={error} onRetry={retry} showHomeLink={false} />
          <Group>
            <Button variant="light" onClick={() => onChange(undefined)}>
              Choose another container
            </Button>
          </Group>
        </Stack>
      )}
    >
      <ChosenContainer
        proposalName={proposalName}
        containerId={containerId}
        onClear={() => onChange(undefined)}
      />
    </QueryBoundary>
  );
}

function ChosenContainer({
  proposalName,
  containerId,
  onClear,
}: {
  proposalName: string;
  containerId: number;
  onClear: () => void;
}) {
  const http = useHttp();
  const { data: container } = useSuspenseQuery(containerQuery(http, containerId));
  // For the link to the shipment only: the container names its dewar, the dewar its shipment.
  const { data: dewar } = useQuery(dewarQuery(http, container.dewarId));
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={2}>
        <Text fw={600}>
          Container {container.code}{' '}
          <Text span c="dimmed" size="sm">
            ({container.type})
          </Text>
        </Text>
        <Text size="sm">
          Dewar {container.dewarCode} · shipment{' '}
          {dewar ? (
            <Anchor component={Link} to={shipmentPath(proposalName, dewar.shipmentId)}>
              {container.shipmentName}
            </Anchor>
          ) : (
            container.shipmentName
          )}
        </Text>
      </Stack>
      <Button variant="default" size="sm" onClick={onClear}>
        Choose another container
      </Button>
    </Group>
  );
}

function ContainerPicker({
  proposalName,
  onPick,
}: {
  proposalName: string;
  onPick: (containerId: number) => void;
}) {
  const [shipmentId, setShipmentId] = useState<number | undefined>();
  const [dewarId, setDewarId] = useState<number | undefined>();
  return (
    <Stack gap="sm">
      <Text size="sm">Choose where the samples are shipped: shipment, dewar, then container.</Text>
      <QueryBoundary loadingLabel="Loading shipments…">
        <Group align="flex-end" gap="sm">
          <ShipmentSelect
            proposalName={proposalName}
            value={shipmentId}
            onChange={(id) => {
              setShipmentId(id);
              setDewarId(undefined);
            }}
          />
          {shipmentId !== undefined && (
            <QueryBoundary key={shipmentId} loadingLabel="Loading dewars…">
              <DewarSelect shipmentId={shipmentId} value={dewarId} onChange={setDewarId} />
            </QueryBoundary>
          )}
          {dewarId !== undefined && (
            <QueryBoundary key={dewarId} loadingLabel="Loading containers…">
              <ContainerSelect proposalName={proposalName} dewarId={dewarId} onPick={onPick} />
            </QueryBoundary>
          )}
        </Group>
      </QueryBoundary>
    </Stack>
  );
}

const toId = (value: string | null) => (value === null ? undefined : Number(value));

function ShipmentSelect({
  proposalName,
  value,
  onChange,
}: {
  proposalName: string;
  value: number | undefined;
  onChange: (id: number | undefined) => void;
}) {
  const http = useHttp();
  const { data: shipments } = useSuspenseQuery(proposalShipmentsQuery(http, proposalName));
  if (shipments.length === 0) {
    return (
      <EmptyState
        title="This proposal has no shipments yet"
        action={
          <Button component={Link} to={shipmentsPath(proposalName)} variant="light">
            Go to the shipments
          </Button>
        }
      >
        Samples are imported into a container of a shipment: create the shipment first.
      </EmptyState>
    );
  }
  return (
    <Select
      label="Shipment"
      placeholder="Choose a shipment"
      data={shipments.map((s) => ({ value: String(s.id), label: s.name }))}
      value={value === undefined ? null : String(value)}
      onChange={(v) => onChange(toId(v))}
      searchable
      w={240}
    />
  );
}

function DewarSelect({
  shipmentId,
  value,
  onChange,
}: {
  shipmentId: number;
  value: number | undefined;
  onChange: (id: number | undefined) => void;
}) {
  const http = useHttp();
  const { data: dewars } = useSuspenseQuery(shipmentDewarsQuery(http, shipmentId));
  if (dewars.length === 0) return <Text size="sm">This shipment has no dewars yet.</Text>;
  return (
    <Select
      label="Dewar"
      placeholder="Choose a dewar"
      data={dewars.map((d) => ({ value: String(d.id), label: d.code }))}
      value={value === undefined ? null : String(value)}
      onChange={(v) => onChange(toId(v))}
      w={200}
    />
  );
}

function containerLabel(container: Container): string {
  return `${container.code} (${container.type})`;
}

function ContainerSelect({
  proposalName,
  dewarId,
  onPick,
}: {
  proposalName: string;
  dewarId: number;
  onPick: (id: number) => void;
}) {
  const http = useHttp();
  const { data: containers } = useSuspenseQuery(dewarContainersQuery(http, proposalName, dewarId));
  if (containers.length === 0) return <Text size="sm">This dewar has no containers yet.</Text>;
  return (
    <Select
      label="Container"
      placeholder="Choose a container"
      data={containers.map((c) => ({ value: String(c.id), label: containerLabel(c) }))}
      value={null}
      onChange={(v) => {
        const id = toId(v);
        if (id !== undefined) onPick(id);
      }}
      w={240}
    />
  );
}
