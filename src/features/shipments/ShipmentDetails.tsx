import { Alert, List, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useSuspenseQueries } from '@tanstack/react-query';
import { capabilitiesQuery } from '../../api/capabilities';
import { useHttp } from '../../api/http-context';
import { proposalContainersQuery } from '../../api/ispyb/containers';
import { shipmentDewarsQuery } from '../../api/ispyb/dewars';
import { containerSamplesQuery } from '../../api/ispyb/samples';
import { shipmentQuery } from '../../api/ispyb/shippings';
import { DateTime } from '../../components/DateTime';
import { FactList } from '../../components/FactList';
import { shipmentProblems } from '../../domain/shipment-list';
import { PackingList } from './PackingList';
import { ReviewComments } from './ReviewComments';
import { SafetyBadge } from './SafetyBadge';
import { ShipmentContents } from './ShipmentContents';
import { ShipmentEditors } from './ShipmentEditors';
import { contactName } from './ShipmentsTable';
import { buildTree, countOf, treeCounts } from './shipment-tree';

/** A shipment: facts, review comments, its dewars → containers → samples, and the packing list. */
export function ShipmentDetails({
  proposalName,
  shippingId,
}: {
  proposalName: string;
  shippingId: number;
}) {
  const http = useHttp();
  const [{ data: shipment }, { data: dewars }, { data: containers }, { data: capabilities }] =
    useSuspenseQueries({
      queries: [
        shipmentQuery(http, shippingId),
        shipmentDewarsQuery(http, shippingId),
        proposalContainersQuery(http, proposalName),
        capabilitiesQuery(http),
      ],
    });
  const dewarIds = new Set(dewars.map((d) => d.id));
  const own = containers.filter((c) => dewarIds.has(c.dewarId));
  const samples = useSuspenseQueries({
    queries: own.map((c) => containerSamplesQuery(http, c.id)),
  }).map((result) => result.data);
  const tree = buildTree(dewars, own, samples);
  const counts = treeCounts(tree);
  const problems = shipmentProblems(shipment);

  return (
    <>
      <Stack gap="lg" data-print="hide">
        {problems.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            title="Incomplete shipment"
            // a standing notice, not a live announcement
            role="note"
            icon={<IconAlertTriangle size={18} aria-hidden />}
          >
            <List size="sm">
              {problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <FactList
          facts={[
            { label: 'Proposal', value: proposalName },
            { label: 'Safety level', value: <SafetyBadge level={shipment.safetyLevel} /> },
            {
              label: 'Created (facility local time)',
              value: <DateTime value={shipment.createdAt} />,
            },
            {
              label: 'Contents',
              value: [
                countOf(counts.dewars, 'dewar'),
                countOf(counts.containers, 'container'),
                countOf(counts.samples, 'sample'),
              ].join(' · '),
            },
            { label: 'Sending lab contact', value: contactName(shipment.sendingContact) },
            { label: 'Return lab contact', value: contactName(shipment.returnContact) },
            {
              // py-ispyb exposes no shipping status: completeness is what can be told
              label: 'Completeness',
              value: problems.length === 0 ? 'Complete' : `Incomplete (${problems.length} to fix)`,
            },
          ]}
        />
        <ReviewComments shipment={shipment} />
        <ShipmentContents
          proposalName={proposalName}
          tree={tree}
          compositionsProvided={capabilities.sampleCompositions}
        />
      </Stack>
      <PackingList proposalName={proposalName} shipment={shipment} tree={tree} />
      <ShipmentEditors
        proposalName={proposalName}
        shipment={shipment}
        dewars={dewars}
        containers={own}
      />
    </>
  );
}
