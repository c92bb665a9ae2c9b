import {
  Alert,
  Button,
  Code,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect } from 'react';
import { describeError } from '../../components/describe-error';
import { formatDurationMinutes } from '../../components/format';
import {
  TYPICAL_HIT_RATE,
  TYPICAL_INDEXING_RATE,
  type Plan,
  type RateSource,
} from '../../domain/plan';
import type { PlanIssue } from '../../domain/plan-checks';
import type { EstimateResult } from '../../domain/plan-estimates';
import { formatCount, formatSI } from '../../domain/units';
import { fieldIssueProps } from './field-issues';
import { useSampleRates, type SampleRates } from './use-sample-rates';

export interface EstimatesSectionProps {
  plan: Plan;
  estimate: EstimateResult;
  issues: readonly PlanIssue[];
  update: (change: (plan: Plan) => Plan) => void;
  headingId: string;
}

const percent = (fraction: number | undefined) =>
  fraction === undefined ? '' : Number((fraction * 100).toPrecision(4));

function sourceText(source: RateSource, sampleName: string | undefined): string {
  switch (source.kind) {
    case 'typical':
      return 'Typical SSX rates.';
    case 'user':
      return 'Entered by you.';
    case 'sample-history':
      return `From ${source.runs} processed ${source.runs === 1 ? 'run' : 'runs'} of ${sampleName ? `sample ${sampleName}` : 'this sample'} (${formatCount(source.images)} images).`;
  }
}

function historyNote(rates: SampleRates): string | undefined {
  switch (rates.status) {
    case 'pending':
      return 'Reading this sample’s past runs…';
    case 'unavailable':
      return 'This server does not provide SSX processing statistics: past rates cannot be read.';
    case 'no-history':
      return 'This sample has no processed run yet to learn from.';
    case 'no-sample':
      return 'Pick a sample to start from its past runs.';
    default:
      return undefined;
  }
}

const minutes = (s: number | undefined) => (s === undefined ? '–' : formatDurationMinutes(s / 60));
const volume = (ul: number | undefined) => (ul === undefined ? '–' : formatSI(ul * 1e-6, 'L'));

export function EstimatesSection({
  plan,
  estimate,
  issues,
  update,
  headingId,
}: EstimatesSectionProps) {
  const rates = useSampleRates(plan.sampleId);
  const { targets } = plan;
  const source = targets.rateSource;

  // Defaults follow the sample: its past rates when it has some, else typical ones; never over
  // rates the user typed.
  useEffect(() => {
    if (source.kind === 'user') return;
    if (rates.status === 'ok' && plan.sampleId !== undefined) {
      const from: RateSource = {
        kind: 'sample-history',
        sampleId: plan.sampleId,
        runs: rates.runs,
        images: rates.images,
      };
      if (
        source.kind === 'sample-history' &&
        source.sampleId === plan.sampleId &&
        source.runs === rates.runs &&
        source.images === rates.images
      )
        return;
      update((p) => ({
        ...p,
        targets: {
          ...p.targets,
          hitRate: rates.hitRate,
          indexingRate: rates.indexingRate,
          rateSource: from,
        },
      }));
    } else if (
      source.kind === 'sample-history' &&
      (rates.status === 'no-history' ||
        rates.status === 'no-sample' ||
        source.sampleId !== plan.sampleId) &&
      rates.status !== 'pending'
    ) {
      update((p) => ({
        ...p,
        targets: {
          ...p.targets,
          hitRate: TYPICAL_HIT_RATE,
          indexingRate: TYPICAL_INDEXING_RATE,
          rateSource: { kind: 'typical' },
        },
      }));
    }
  }, [rates, source, plan.sampleId, update]);

  const setRate = (field: 'hitRate' | 'indexingRate') => (v: string | number) =>
    update((p) => ({
      ...p,
      targets: {
        ...p.targets,
        [field]: typeof v === 'number' ? v / 100 : undefined,
        rateSource: { kind: 'user' },
      },
    }));

  const note = historyNote(rates);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id={headingId}>
        Estimates
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <NumberInput
          label="Indexed patterns wanted per delay"
          value={targets.indexedPerDelay ?? ''}
          min={1}
          thousandSeparator=" "
          allowDecimal={false}
          onChange={(v) =>
            update((p) => ({
              ...p,
              targets: { ...p.targets, indexedPerDelay: typeof v === 'number' ? v : undefined },
            }))
          }
          {...fieldIssueProps(issues, { kind: 'targets', field: 'indexedPerDelay' })}
        />
        <NumberInput
          label="Hit rate (%)"
          value={percent(targets.hitRate)}
          min={0}
          max={100}
          decimalScale={2}
          onChange={setRate('hitRate')}
          {...fieldIssueProps(issues, { kind: 'targets', field: 'hitRate' })}
        />
        <NumberInput
          label="Indexing rate (%)"
          value={percent(targets.indexingRate)}
          min={0}
          max={100}
          decimalScale={2}
          onChange={setRate('indexingRate')}
          {...fieldIssueProps(issues, { kind: 'targets', field: 'indexingRate' })}
        />
      </SimpleGrid>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Rates: {sourceText(source, plan.sampleName)} {note}
        </Text>
        {source.kind === 'user' && rates.status === 'ok' && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() =>
              plan.sampleId !== undefined &&
              update((p) => ({
                ...p,
                targets: {
                  ...p.targets,
                  hitRate: rates.hitRate,
                  indexingRate: rates.indexingRate,
                  rateSource: {
                    kind: 'sample-history',
                    sampleId: plan.sampleId as number,
                    runs: rates.runs,
                    images: rates.images,
                  },
                },
              }))
            }
          >
            Use this sample’s rates
          </Button>
        )}
      </Group>
      {rates.status === 'error' && (
        <Alert color="yellow" title="This sample’s past rates could not be read">
          <Text size="sm">{describeError(rates.error).message}</Text>
          <Button size="compact-sm" variant="light" mt="xs" onClick={rates.retry}>
            Retry
          </Button>
        </Alert>
      )}
      {estimate.kind === 'incomplete' ? (
        <Alert color="gray" title="Not enough to estimate">
          <List size="sm">
            {estimate.missing.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <>
          <Table.ScrollContainer
            minWidth={420}
            type="native"
            // scrolls sideways on phones: focusable so the keyboard can scroll it too
            tabIndex={0}
            role="region"
            aria-label="Estimates per run and in total"
            className="mantine-focus-auto"
          >
            <Table striped aria-label="Estimates per run and in total">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Run</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Images
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Beam time
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Slurry
                  </Table.Th>
                  {plan.device.kind === 'chip' && (
                    <Table.Th scope="col" ta="right">
                      Chips
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {estimate.estimate.runs.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Th scope="row" fw={400}>
                      {r.label}
                    </Table.Th>
                    <Table.Td ta="right">{formatCount(r.images)}</Table.Td>
                    <Table.Td ta="right">{minutes(r.beamTimeS)}</Table.Td>
                    <Table.Td ta="right">{volume(r.slurryUl)}</Table.Td>
                    {plan.device.kind === 'chip' && (
                      <Table.Td ta="right">{formatCount(r.chips)}</Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Th scope="row">Total</Table.Th>
                  <Table.Td ta="right">{formatCount(estimate.estimate.total.images)}</Table.Td>
                  <Table.Td ta="right">{minutes(estimate.estimate.total.beamTimeS)}</Table.Td>
                  <Table.Td ta="right">{volume(estimate.estimate.total.slurryUl)}</Table.Td>
                  {plan.device.kind === 'chip' && (
                    <Table.Td ta="right">{formatCount(estimate.estimate.total.chips)}</Table.Td>
                  )}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <Stack gap={4} aria-label="How these are computed" role="group">
            <Text size="sm" fw={500}>
              How these are computed
            </Text>
            {estimate.estimate.formula.map((line) => (
              <Code key={line} block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {line}
              </Code>
            ))}
          </Stack>
          {estimate.estimate.missing.length > 0 && (
            <List size="sm" c="dimmed">
              {estimate.estimate.missing.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
