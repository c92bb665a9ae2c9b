import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconChevronDown,
  IconChevronRight,
  IconEdit,
  IconFileImport,
  IconPlus,
} from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { SlurrySamplePanel } from '../../components/sample/SlurrySamplePanel';
import type { Sample } from '../../domain/sample';
import { sampleImportPath, samplePath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { editUrlCodec } from './edit-url';
import {
  componentsText,
  crystalSizeText,
  densityText,
  proteinText,
  volumeText,
} from './sample-summary';
import { countOf, type ContainerNode, type DewarNode } from './shipment-tree';

export interface ShipmentContentsProps {
  proposalName: string;
  tree: DewarNode[];
  compositionsProvided: boolean;
}

/** Dewars → containers → samples, with the actions that change them. */
export function ShipmentContents({
  proposalName,
  tree,
  compositionsProvided,
}: ShipmentContentsProps) {
  const [, setEdit] = useUrlState(editUrlCodec);
  return (
    <Stack gap="md" component="section" aria-labelledby="shipment-contents">
      <Group justify="space-between">
        <Title order={2} size="h4" id="shipment-contents">
          Dewars, containers and samples
        </Title>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEdit({ edit: { kind: 'new-dewar' } })}
        >
          Add dewar
        </Button>
      </Group>
      {tree.length === 0 && (
        <EmptyState title="No dewar in this shipment yet">
          Add the dewars (or parcels) you send, then their containers.
        </EmptyState>
      )}
      {tree.map(({ dewar, containers }) => (
        <Paper key={dewar.id} withBorder p="md" radius="md">
          <Stack gap="md">
            <Group justify="space-between" gap="sm">
              <Group gap="sm">
                <Title order={3} size="h5">
                  Dewar{' '}
                  <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>
                    {dewar.code}
                  </span>
                </Title>
                <Badge variant="light" color="gray">
                  {countOf(containers.length, 'container')}
                </Badge>
              </Group>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconEdit size={14} aria-hidden />}
                  onClick={() => setEdit({ edit: { kind: 'dewar', id: dewar.id } })}
                  aria-label={`Rename dewar ${dewar.code}`}
                >
                  Rename
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setEdit({ edit: { kind: 'new-container', dewarId: dewar.id } })}
                  aria-label={`Add a container to dewar ${dewar.code}`}
                >
                  Add container
                </Button>
              </Group>
            </Group>
            {containers.length === 0 && (
              <Text size="sm" c="dimmed">
                No container in this dewar yet.
              </Text>
            )}
            {containers.map((node) => (
              <ContainerSection
                key={node.container.id}
                node={node}
                proposalName={proposalName}
                compositionsProvided={compositionsProvided}
                onEdit={() => setEdit({ edit: { kind: 'container', id: node.container.id } })}
              />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function ContainerSection({
  node,
  proposalName,
  compositionsProvided,
  onEdit,
}: {
  node: ContainerNode;
  proposalName: string;
  compositionsProvided: boolean;
  onEdit: () => void;
}) {
  const { container, samples } = node;
  const where = [
    container.beamlineLocation && `beamline ${container.beamlineLocation}`,
    container.sampleChangerLocation && `sample changer position ${container.sampleChangerLocation}`,
  ].filter(Boolean);
  return (
    <Stack gap="xs" pl={{ base: 0, sm: 'md' }}>
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Title order={4} size="h6">
            <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>
              {container.code}
            </span>{' '}
            · {container.type}
          </Title>
          <Text size="sm" c="dimmed">
            {countOf(samples.length, 'sample')}
            {where.length > 0 ? ` · ${where.join(', ')}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconEdit size={14} aria-hidden />}
            onClick={onEdit}
            aria-label={`Edit container ${container.code}`}
          >
            Edit
          </Button>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={sampleImportPath(proposalName, container.id)}
            leftSection={<IconFileImport size={14} aria-hidden />}
            aria-label={`Import samples (CSV) into ${container.code}`}
          >
            Import samples (CSV)
          </Button>
        </Group>
      </Group>
      {samples.length > 0 && (
        <SamplesTable
          samples={samples}
          proposalName={proposalName}
          caption={`Samples in ${container.code}`}
          compositionsProvided={compositionsProvided}
        />
      )}
    </Stack>
  );
}

function SamplesTable({
  samples,
  proposalName,
  caption,
  compositionsProvided,
}: {
  samples: Sample[];
  proposalName: string;
  caption: string;
  compositionsProvided: boolean;
}) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  return (
    // Named by a label, not a hidden <caption>: an absolutely placed caption inside the scroll
    // container widened the whole page on a phone.
    <Table.ScrollContainer
      minWidth={820}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={caption}
      className="mantine-focus-auto"
    >
      <Table verticalSpacing={4} striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">Pos.</Table.Th>
            <Table.Th>Sample</Table.Th>
            <Table.Th>Protein</Table.Th>
            <Table.Th>Crystal size</Table.Th>
            <Table.Th>Density</Table.Th>
            <Table.Th>Volume</Table.Th>
            <Table.Th>Components</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {samples.map((sample) => {
            const expanded = open.has(sample.id);
            const Icon = expanded ? IconChevronDown : IconChevronRight;
            return (
              <Fragment key={sample.id}>
                <Table.Tr>
                  <Table.Td ta="right">{sample.location ?? '–'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <UnstyledButton
                        onClick={() => toggle(sample.id)}
                        aria-expanded={expanded}
                        aria-label={`${expanded ? 'Hide' : 'Show'} details of ${sample.name}`}
                      >
                        <Icon size={16} aria-hidden />
                      </UnstyledButton>
                      <Anchor component={Link} to={samplePath(proposalName, sample.id)} size="sm">
                        {sample.name}
                      </Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td>{proteinText(sample)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{crystalSizeText(sample)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{densityText(sample)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{volumeText(sample)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {componentsText(sample)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <SlurrySamplePanel
                        sample={sample}
                        compositionsProvided={compositionsProvided}
                        headingOrder={4}
                      />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
