import { Badge } from '@mantine/core';
import type { SafetyLevel } from '../../domain/shipment';

const COLOR: Record<SafetyLevel, string> = { GREEN: 'green', YELLOW: 'yellow', RED: 'red' };

/** The level in words (never colour alone); a missing level is shown as something to chase. */
export function SafetyBadge({ level }: { level: SafetyLevel | undefined }) {
  if (!level) {
    return (
      <Badge color="gray" variant="outline">
        Not given
      </Badge>
    );
  }
  return (
    <Badge color={COLOR[level]} variant="light" autoContrast>
      {level}
    </Badge>
  );
}
