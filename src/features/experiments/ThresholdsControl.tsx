import { Button, Group, NumberInput, Popover, Stack, Text } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import {
  DEFAULT_THRESHOLDS,
  type QualityThresholds,
  type RateThresholds,
} from '../../domain/experiment';

export interface ThresholdsControlProps {
  value: QualityThresholds;
  onChange: (next: QualityThresholds) => void;
}

const pct = (fraction: number) => Number((fraction * 100).toFixed(2));

/** Lets the user move the good/poor limits of the hit and indexing rates (kept in the URL). */
export function ThresholdsControl({ value, onChange }: ThresholdsControlProps) {
  const set = (which: keyof QualityThresholds, key: keyof RateThresholds, raw: string | number) => {
    const n = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 100) return;
    const next = { ...value[which], [key]: n / 100 };
    // keep poor ≤ good while typing: moving one limit past the other drags it along
    if (next.poor > next.good) {
      if (key === 'poor') next.good = next.poor;
      else next.poor = next.good;
    }
    onChange({ ...value, [which]: next });
  };
  const isDefault = JSON.stringify(value) === JSON.stringify(DEFAULT_THRESHOLDS);

  return (
    <Popover position="bottom-end" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        >
          Rate thresholds
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" maw={300}>
          <Text size="sm">
            A rate below “poor” is poor, at or above “good” is good, fair in between. Saved in the
            page address.
          </Text>
          {(
            [
              ['hit', 'Hit rate (hits / images)'],
              ['indexing', 'Indexing rate (indexed / hits)'],
            ] as const
          ).map(([which, label]) => (
            <Stack key={which} gap={4}>
              <Text size="sm" fw={600}>
                {label}
              </Text>
              <Group grow gap="xs">
                <NumberInput
                  label="Poor below"
                  suffix=" %"
                  min={0}
                  max={100}
                  step={1}
                  decimalScale={2}
                  size="xs"
                  value={pct(value[which].poor)}
                  onChange={(v) => set(which, 'poor', v)}
                />
                <NumberInput
                  label="Good from"
                  suffix=" %"
                  min={0}
                  max={100}
                  step={1}
                  decimalScale={2}
                  size="xs"
                  value={pct(value[which].good)}
                  onChange={(v) => set(which, 'good', v)}
                />
              </Group>
            </Stack>
          ))}
          <Button
            variant="subtle"
            size="xs"
            disabled={isDefault}
            onClick={() => onChange(DEFAULT_THRESHOLDS)}
          >
            Reset to defaults
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
