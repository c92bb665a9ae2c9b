import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconMinus } from '@tabler/icons-react';
import {
  classifyRate,
  type QualityThresholds,
  type RateQuality,
  type RateThresholds,
} from '../../domain/experiment';
import { formatPercent } from '../../domain/units';

/** Each quality has its own colour *and* its own icon shape and word: never colour alone. */
export const QUALITY_STYLE: Record<
  RateQuality,
  { color: string; label: string; Icon: typeof IconCircleCheck }
> = {
  good: { color: 'teal', label: 'good', Icon: IconCircleCheck },
  fair: { color: 'yellow', label: 'fair', Icon: IconAlertTriangle },
  poor: { color: 'red', label: 'poor', Icon: IconCircleX },
  unknown: { color: 'gray', label: 'no rate', Icon: IconMinus },
};

export function qualityColor(quality: RateQuality): string {
  return `var(--mantine-color-${QUALITY_STYLE[quality].color}-${quality === 'fair' ? 7 : 6})`;
}

export interface RateValueProps {
  rate: number | undefined;
  thresholds: RateThresholds;
  /** Show the quality word next to the value (otherwise it is read by screen readers only). */
  showLabel?: boolean;
}

/** A rate as "44.9 %" with its quality icon; "–" when unknown. */
export function RateValue({ rate, thresholds, showLabel = false }: RateValueProps) {
  if (rate === undefined) return <>–</>;
  const quality = classifyRate(rate, thresholds);
  const { Icon, label } = QUALITY_STYLE[quality];
  return (
    <Group
      gap={4}
      wrap="nowrap"
      justify="flex-end"
      component="span"
      style={{ display: 'inline-flex', position: 'relative', whiteSpace: 'nowrap' }}
    >
      <Icon size={16} color={qualityColor(quality)} aria-hidden />
      <span>{formatPercent(rate)}</span>
      {showLabel ? (
        <Text span size="xs" c="dimmed">
          ({label})
        </Text>
      ) : (
        <VisuallyHidden>({label})</VisuallyHidden>
      )}
    </Group>
  );
}

function range(t: RateThresholds): Record<Exclude<RateQuality, 'unknown'>, string> {
  return {
    good: `≥ ${formatPercent(t.good, 0)}`,
    fair: `${formatPercent(t.poor, 0)}–${formatPercent(t.good, 0)}`,
    poor: `< ${formatPercent(t.poor, 0)}`,
  };
}

/** The colour scale in words: which icon means what, for hit and indexing rates. */
export function RateLegend({ thresholds }: { thresholds: QualityThresholds }) {
  const hit = range(thresholds.hit);
  const indexing = range(thresholds.indexing);
  return (
    <Group gap="md" role="list" aria-label="Rate colour scale">
      {(['good', 'fair', 'poor'] as const).map((quality) => {
        const { Icon, label } = QUALITY_STYLE[quality];
        return (
          <Group key={quality} gap={4} wrap="nowrap" role="listitem">
            <Icon size={16} color={qualityColor(quality)} aria-hidden />
            <Text span size="xs">
              <strong>{label}</strong>: hit rate {hit[quality]}, indexing rate {indexing[quality]}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
