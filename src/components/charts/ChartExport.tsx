import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type RefObject } from 'react';
import { safeFileName } from '../../lib/download';
import { downloadChart } from './chart-export';

export interface ChartExportProps {
  /** The chart's `<svg>`. */
  targetRef: RefObject<SVGSVGElement | null>;
  /** File name without extension (made file-system safe here). */
  fileName: string;
  /** What the chart shows, for the buttons' names: "histogram of a". */
  chartName: string;
}

/** PNG and SVG downloads of one chart, made in the browser. */
export function ChartExport({ targetRef, fileName, chartName }: ChartExportProps) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const save = async (format: 'png' | 'svg') => {
    const svg = targetRef.current;
    if (!svg) return;
    setError(undefined);
    setBusy(true);
    try {
      await downloadChart(svg, format, safeFileName(fileName));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The chart could not be exported.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      {(['png', 'svg'] as const).map((format) => (
        <Button
          key={format}
          size="compact-xs"
          variant="subtle"
          leftSection={<IconDownload size={12} aria-hidden />}
          aria-label={`Download the ${chartName} as ${format.toUpperCase()}`}
          disabled={busy}
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
        </Button>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
