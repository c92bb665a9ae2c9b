import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import {
  IconArrowsHorizontal,
  IconDownload,
  IconZoomIn,
  IconZoomOut,
  IconZoomReset,
} from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import type { TimeWindow } from '../../domain/timing';
import { describeWindow } from '../../domain/timing-format';
import { minSpanAt, sameWindow, windowSpan } from '../../domain/timing-view';
import { downloadBlob } from '../../lib/download';
import { TimingCanvas, type TimingCanvasHandle } from './TimingCanvas';
import type { TimingScene } from './timing-scene';
import { useTimeWindow } from './use-time-window';
import { useTimingPalette } from './use-timing-palette';

export interface TimingPanelProps {
  scene: TimingScene;
  /** Summary of the pattern; the visible window is appended. */
  summary: string;
  home: TimeWindow;
  bounds: TimeWindow;
  title?: string;
  /** File name without extension for PNG and SVG exports. */
  fileName: string;
  height?: number;
  window?: TimeWindow;
  onWindowChange?: (window: TimeWindow) => void;
  /** The text alternative, shown by "Show as table". */
  table: ReactNode;
  /** Shown between the toolbar and the drawing (validation problems). */
  children?: ReactNode;
}

/** Toolbar, canvas, help and table shared by TimingDiagram and TimingComparison. */
export function TimingPanel({
  scene,
  summary,
  home,
  bounds,
  title,
  fileName,
  height,
  window: windowProp,
  onWindowChange,
  table,
  children,
}: TimingPanelProps) {
  const palette = useTimingPalette();
  const {
    window: view,
    setWindow,
    apply,
  } = useTimeWindow({
    value: windowProp,
    onChange: onWindowChange,
    home,
    bounds,
  });
  const [showTable, setShowTable] = useState(false);
  const canvas = useRef<TimingCanvasHandle>(null);
  const canZoomIn = windowSpan(view) > minSpanAt(view) * 1.001;
  const canZoomOut = windowSpan(view) < windowSpan(bounds) * 0.999;

  const exportPng = async () => {
    const blob = await canvas.current?.toPng();
    if (blob) downloadBlob(blob, `${fileName}.png`);
  };
  const exportSvg = () => {
    const svg = canvas.current?.toSvg();
    if (svg) downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs" wrap="wrap">
        {title ? (
          <Title order={3} size="h5">
            {title}
          </Title>
        ) : (
          <span />
        )}
        <Group gap="xs" wrap="wrap">
          <Button.Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconZoomIn size={14} aria-hidden />}
              disabled={!canZoomIn}
              onClick={() => apply('zoom-in')}
            >
              Zoom in
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconZoomOut size={14} aria-hidden />}
              disabled={!canZoomOut}
              onClick={() => apply('zoom-out')}
            >
              Zoom out
            </Button>
          </Button.Group>
          {/* Two groups, not one: four attached buttons are wider than a phone and cannot wrap. */}
          <Button.Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconZoomReset size={14} aria-hidden />}
              disabled={sameWindow(view, home)}
              onClick={() => apply('reset')}
            >
              Reset
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowsHorizontal size={14} aria-hidden />}
              disabled={sameWindow(view, bounds)}
              onClick={() => setWindow(bounds)}
            >
              Whole pattern
            </Button>
          </Button.Group>
          <Button.Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => void exportPng()}
              aria-label="Download as PNG"
            >
              PNG
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={exportSvg}
              aria-label="Download as SVG"
            >
              SVG
            </Button>
          </Button.Group>
          <Switch
            size="sm"
            label="Show as table"
            checked={showTable}
            onChange={(e) => setShowTable(e.currentTarget.checked)}
          />
        </Group>
      </Group>
      {children}
      <TimingCanvas
        ref={canvas}
        scene={scene}
        window={view}
        palette={palette}
        ariaLabel={`${summary}. Showing ${describeWindow(view)}.`}
        height={height}
        onWindowChange={setWindow}
        onAction={apply}
      />
      <Text size="xs" c="dimmed">
        Showing {describeWindow(view)}. Scroll over the diagram to zoom around the pointer and drag
        to pan; with the diagram focused, + and − zoom, ← and → pan, 0 resets. Where pulses are
        closer than a pixel, a lane shows their density: paler means a shorter duty cycle.
      </Text>
      {showTable && table}
    </Stack>
  );
}
