import { Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useHttp } from '../../../api/http-context';
import { runImageHitsQuery } from '../../../api/ispyb/image-hits';
import { EmptyState } from '../../../components/EmptyState';
import { TableOnRequest } from '../../../components/TableOnRequest';
import { chipLayoutFor } from '../../../domain/chip-layout';
import type { DataCollection } from '../../../domain/data-collection';
import {
  checkImageHits,
  chooseBatchSize,
  findHitRateDips,
  hitRatePoints,
  hitsPerBlock,
} from '../../../domain/image-hits';
import { formatCount, formatPercent } from '../../../domain/units';
import { safeFileName } from '../../../lib/download';
import { ChipHeatMap } from './ChipHeatMap';
import { HitRateChart } from './HitRateChart';
import { BATCH_CSV_COLUMNS } from './hits-csv';

export interface HitsSectionProps {
  run: DataCollection;
  runNumber: number;
  /** Prefix of exported file names (session or proposal). */
  filePrefix: string;
}

/**
 * How the hit rate went during one run (per batch of images) and, on a chip, per block: from
 * the image-hits extension. Reads with `useSuspenseQuery`: render inside a `QueryBoundary`.
 */
export function HitsSection({ run, runNumber, filePrefix }: HitsSectionProps) {
  const http = useHttp();
  const chipHeading = useId();
  const batchSize = chooseBatchSize(run.numberOfImages);
  const { data: hits } = useSuspenseQuery(runImageHitsQuery(http, run.id, batchSize));

  if (!hits) {
    return (
      <EmptyState title="No per-image hits for this run">
        The server has no per-image results for run #{runNumber}: its processing has not finished
        (or failed), or the run was not processed.
      </EmptyState>
    );
  }
  const points = hitRatePoints(hits.batches);
  const dips = findHitRateDips(hits);
  const problem = checkImageHits(hits);
  const overall = hits.images > 0 ? hits.hits / hits.images : undefined;
  const lowest = points.reduce<(typeof points)[number] | undefined>(
    (low, p) =>
      p.hitRate !== undefined && (low?.hitRate === undefined || p.hitRate < low.hitRate) ? p : low,
    undefined,
  );
  const base = safeFileName(filePrefix, 'run', runNumber, run.id);
  const layoutMatch = chipLayoutFor(run.ssx?.chipModel);
  const chip =
    hits.positions && layoutMatch.kind !== 'unknown'
      ? { layout: layoutMatch.layout, ...hitsPerBlock(hits.positions, layoutMatch.layout) }
      : undefined;

  return (
    <Stack gap="sm">
      <Text size="sm">
        {formatCount(hits.hits)} hits in {formatCount(hits.images)} images ({formatPercent(overall)}
        ), {formatCount(hits.indexed)} indexed, in batches of {formatCount(hits.batchSize)} images.
        {lowest?.hitRate !== undefined &&
          ` Lowest batch: ${formatPercent(lowest.hitRate)} (images ${formatCount(lowest.imageStart)}–${formatCount(lowest.imageEnd)}).`}
        {dips.length === 0
          ? ' The hit rate never fell below half of the run’s.'
          : ` Below half of the run’s rate (shaded): ${dips
              .map(
                (d) =>
                  `images ${formatCount(d.imageStart)}–${formatCount(d.imageEnd)} at ${formatPercent(d.hitRate)}`,
              )
              .join('; ')}.`}
      </Text>
      {problem && (
        <Text size="sm" c="orange.8">
          The server’s counts are inconsistent: {problem}.
        </Text>
      )}
      <HitRateChart
        points={points}
        images={hits.images}
        dips={dips}
        fileName={`${base}-hit-rate`}
      />
      <TableOnRequest
        noun="batch"
        label="Hits per batch"
        minWidth={420}
        csv={{
          label: 'Batches CSV',
          rows: points,
          columns: BATCH_CSV_COLUMNS,
          fileName: `${base}-hits-per-batch`,
        }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Images</Table.Th>
            <Table.Th scope="col" ta="right">
              Hits
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hit rate
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Indexed
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Indexed (of images)
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((p) => (
            <Table.Tr key={p.imageStart}>
              <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                {formatCount(p.imageStart)}–{formatCount(p.imageEnd)}
              </Table.Th>
              <Table.Td ta="right">{formatCount(p.hits)}</Table.Td>
              <Table.Td ta="right">{formatPercent(p.hitRate)}</Table.Td>
              <Table.Td ta="right">{formatCount(p.indexed)}</Table.Td>
              <Table.Td ta="right">{formatPercent(p.indexedRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableOnRequest>

      {hits.positions && (
        <Stack gap="xs" component="section" aria-labelledby={chipHeading}>
          <Title order={3} size="h4" id={chipHeading}>
            Hits per chip block
          </Title>
          {chip ? (
            <ChipHeatMap
              layout={chip.layout}
              blocks={chip.blocks}
              outside={chip.outside}
              runLabel={`run #${runNumber}`}
              fileName={`${base}-hits-per-block`}
            />
          ) : (
            <Text size="sm">
              The chip model of this run ({run.ssx?.chipModel ?? 'not recorded'}) is not one whose
              geometry is known, so its per-position hits cannot be drawn.
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
