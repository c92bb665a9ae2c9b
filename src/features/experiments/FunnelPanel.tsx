import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useHttp } from '../../api/http-context';
import { experimentFunnel, type QualityThresholds } from '../../domain/experiment';
import type { DataCollection } from '../../domain/data-collection';
import { formatCount, formatPercent } from '../../domain/units';
import { FunnelChart } from './FunnelChart';
import { RateLegend, RateValue } from './RateQuality';
import { useSuspenseRunStats } from './use-run-stats';

export interface FunnelPanelProps {
  runs: readonly DataCollection[];
  thresholds: QualityThresholds;
}

/** Images → hits → indexed, summed over every run of the experiment. */
export function FunnelPanel({ runs, thresholds }: FunnelPanelProps) {
  const http = useHttp();
  const stats = useSuspenseRunStats(
    http,
    runs.map((r) => r.id),
  );
  const funnel = experimentFunnel(runs, stats);
  const missing = funnel.unprocessedRunIds.length;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap={6} component="dl" m={0}>
            <Row
              label="Images"
              value={formatCount(funnel.images)}
              note={`${funnel.runCount} run${funnel.runCount === 1 ? '' : 's'}`}
            />
            <Row
              label="Hits"
              value={formatCount(funnel.hits)}
              rate={<RateValue rate={funnel.hitRate} thresholds={thresholds.hit} showLabel />}
              note="of images"
            />
            <Row
              label="Indexed"
              value={formatCount(funnel.indexed)}
              rate={
                <RateValue rate={funnel.indexingRate} thresholds={thresholds.indexing} showLabel />
              }
              note={`of hits; ${formatPercent(funnel.indexedPerImage)} of images`}
            />
          </Stack>
        </Paper>
        <FunnelChart funnel={funnel} thresholds={thresholds} />
      </SimpleGrid>
      {funnel.processedRunCount === 0 ? (
        <Text size="sm">
          No run of this experiment has a processing summary yet: hits and indexed patterns appear
          here once processing reports them.
        </Text>
      ) : missing > 0 ? (
        <Text size="sm">
          {missing} of {funnel.runCount} runs {missing === 1 ? 'has' : 'have'} no processing summary
          yet (still processing, failed, or not processed); the rates use the{' '}
          {funnel.processedRunCount} processed runs ({formatCount(funnel.processedImages)} images).
        </Text>
      ) : null}
      {funnel.runsWithoutImageCount > 0 && (
        <Text size="sm">
          {funnel.runsWithoutImageCount} run{funnel.runsWithoutImageCount === 1 ? ' has' : 's have'}{' '}
          no image count: {funnel.runsWithoutImageCount === 1 ? 'it is' : 'they are'} left out of
          the hit rate.
        </Text>
      )}
      <RateLegend thresholds={thresholds} />
    </Stack>
  );
}

function Row({
  label,
  value,
  rate,
  note,
}: {
  label: string;
  value: string;
  rate?: React.ReactNode;
  note: string;
}) {
  return (
    <Group gap="xs" wrap="wrap" align="baseline">
      <Text component="dt" fw={600} w={72}>
        {label}
      </Text>
      <Text component="dd" m={0} fz="lg" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {rate && (
        <Text component="dd" m={0}>
          {rate}
        </Text>
      )}
      <Text component="dd" m={0} size="sm" c="dimmed">
        {note}
      </Text>
    </Group>
  );
}
