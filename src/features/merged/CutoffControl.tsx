import { Button, Group, NumberInput, SegmentedControl, Slider, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { MergeStatistics } from '../../domain/merged-dataset';
import {
  DEFAULT_THRESHOLDS,
  describeRule,
  THRESHOLD_BOUNDS,
  type CutoffMetric,
  type CutoffRule,
} from '../../domain/resolution-cutoff';

export interface CutoffControlProps {
  shells: readonly MergeStatistics[];
  rule: CutoffRule;
  /** Index of the last kept shell. */
  cutIndex: number;
  /** What the rule suggests; `undefined` when no shell meets it. */
  suggested: number | undefined;
  onRule(rule: CutoffRule): void;
  /** `undefined`: follow the suggestion. */
  onCut(index: number | undefined): void;
}

/** The rule (CC½ or ⟨I/σ⟩ and its threshold), what it suggests, and the cut the user moves. */
export function CutoffControl({
  shells,
  rule,
  cutIndex,
  suggested,
  onRule,
  onCut,
}: CutoffControlProps) {
  const sliderLabel = useId();
  const bounds = THRESHOLD_BOUNDS[rule.metric];
  const dAt = (index: number) => shells[index]?.dMinA.toFixed(2) ?? '–';
  const suggestion =
    suggested === undefined
      ? `No shell meets ${describeRule(rule)}: nothing to suggest; the whole table is kept.`
      : `Suggested cut-off: ${dAt(suggested)} Å, the last shell from low resolution with ${describeRule(rule)}.`;

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${sliderLabel}-rule`}>
            Rule
          </Text>
          <SegmentedControl
            aria-labelledby={`${sliderLabel}-rule`}
            value={rule.metric}
            onChange={(value) => {
              const metric = value as CutoffMetric;
              onRule({ metric, threshold: DEFAULT_THRESHOLDS[metric] });
            }}
            data={[
              { value: 'ccHalf', label: 'CC½' },
              { value: 'iOverSigma', label: '⟨I/σ(I)⟩' },
            ]}
          />
        </Stack>
        <NumberInput
          label={`Minimum ${rule.metric === 'ccHalf' ? 'CC½' : '⟨I/σ(I)⟩'}`}
          w={150}
          min={bounds.min}
          max={bounds.max}
          step={bounds.step}
          decimalScale={3}
          value={rule.threshold}
          onChange={(value) => {
            const n = typeof value === 'number' ? value : Number(value);
            if (Number.isFinite(n) && n >= bounds.min && n <= bounds.max) {
              onRule({ ...rule, threshold: n });
            }
          }}
        />
        <Button
          variant="light"
          size="sm"
          disabled={suggested === undefined || suggested === cutIndex}
          onClick={() => onCut(undefined)}
        >
          Use the suggestion
        </Button>
      </Group>
      <Text size="sm" role="status">
        {suggestion}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={sliderLabel}>
          High-resolution cut-off: {dAt(cutIndex)} Å (shells 1–{cutIndex + 1} of {shells.length}{' '}
          kept)
        </Text>
        <Slider
          thumbLabel="High-resolution cut-off"
          min={0}
          max={Math.max(0, shells.length - 1)}
          step={1}
          value={cutIndex}
          onChange={(index) => onCut(index)}
          label={(index) => `${dAt(index)} Å`}
          thumbProps={{
            'aria-valuetext': `${dAt(cutIndex)} Å, ${cutIndex + 1} shells kept`,
          }}
          marks={suggested === undefined ? [] : [{ value: suggested, label: 'suggested' }]}
          mb="md"
        />
      </Stack>
    </Stack>
  );
}
