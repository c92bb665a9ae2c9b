import { Box, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { viridis, viridisCss } from '../charts/colormap';
import {
  blockCount,
  blockLabel,
  isBlockShot,
  type ChipLayout,
  type ChipPattern,
} from '../../domain/chip-layout';

/**
 * A value per block drawn over the chip (a heat map): colour from a perceptual scale and the
 * value written in the block, so it never rests on colour alone.
 */
export interface ChipValueLayer {
  /** Block number (reading order, A1 = 1) → value; blocks without one are drawn as not shot. */
  values: ReadonlyMap<number, number>;
  /** Ends of the colour scale. */
  min: number;
  max: number;
  /** Short text for a value, e.g. "52 %" (written in the block and at the legend's ends). */
  format: (value: number) => string;
  /** What the values are, e.g. "Hit rate per block". */
  title: string;
}

export interface ChipDrawingProps {
  layout: ChipLayout;
  /** Per-block values drawn instead of the shot / not-shot fill. */
  valueLayer?: ChipValueLayer | undefined;
  /** `undefined`: draw the chip alone (no run chosen). */
  pattern: ChipPattern | undefined;
  /** Text alternative: the drawing is one image for assistive technology. */
  description: string;
  /** Largest width in px (the drawing shrinks to fit narrow screens). */
  maxWidth?: number;
}

const BLOCK = 100;
const GAP = 14;
const MARGIN = 44;

/**
 * A fixed-target chip seen from the beam: its blocks, each a grid of apertures (drawn as a dot
 * texture rather than one node each: an Oxford chip has 25 600), and which blocks the pattern
 * covered. Shot blocks are filled, the others dashed outlines: the difference is in the shape,
 * not only in colour.
 */
export function ChipDrawing({
  layout,
  pattern,
  valueLayer,
  description,
  maxWidth = 360,
}: ChipDrawingProps) {
  const id = useId().replace(/:/g, '');
  const { blocksX, blocksY, aperturesX, aperturesY } = layout;
  const width = MARGIN + blocksX * BLOCK + (blocksX - 1) * GAP + 4;
  const height = MARGIN + blocksY * BLOCK + (blocksY - 1) * GAP + 4;
  const pitchX = BLOCK / aperturesX;
  const pitchY = BLOCK / aperturesY;
  const radius = Math.max(0.35, Math.min(pitchX, pitchY) * 0.28);
  const labels = blocksX > 1 || blocksY > 1;
  const known =
    pattern !== undefined && pattern.kind !== 'unknown' && pattern.kind !== 'not-recorded';

  const blocks = [];
  for (let row = 0; row < blocksY; row += 1) {
    for (let col = 0; col < blocksX; col += 1) {
      const n = row * blocksX + col + 1;
      const x = MARGIN + col * (BLOCK + GAP);
      const y = MARGIN + row * (BLOCK + GAP);
      if (valueLayer) {
        blocks.push(<ValueBlock key={n} layout={layout} n={n} x={x} y={y} layer={valueLayer} />);
        continue;
      }
      const shot = pattern ? isBlockShot(pattern, n) : undefined;
      blocks.push(
        <g
          key={n}
          data-block={blockLabel(layout, n)}
          data-shot={shot === undefined ? 'unknown' : String(shot)}
        >
          <rect
            x={x}
            y={y}
            width={BLOCK}
            height={BLOCK}
            rx={4}
            fill={shot ? 'var(--mantine-color-indigo-filled)' : 'transparent'}
            fillOpacity={shot ? 0.85 : 1}
            stroke={shot ? 'var(--mantine-color-indigo-filled)' : 'var(--mantine-color-dimmed)'}
            strokeWidth={shot ? 2 : 2.5}
            strokeDasharray={shot === false ? '8 6' : undefined}
          />
          <rect
            x={x}
            y={y}
            width={BLOCK}
            height={BLOCK}
            fill={`url(#${id}-${shot ? 'on' : 'off'})`}
          />
        </g>,
      );
    }
  }

  return (
    <Box maw={maxWidth} w="100%">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={description}
        style={{ display: 'block' }}
      >
        <title>{description}</title>
        <defs>
          <pattern
            id={`${id}-on`}
            width={pitchX}
            height={pitchY}
            patternUnits="userSpaceOnUse"
            x={MARGIN}
            y={MARGIN}
          >
            <circle cx={pitchX / 2} cy={pitchY / 2} r={radius} fill="white" fillOpacity={0.75} />
          </pattern>
          <pattern
            id={`${id}-off`}
            width={pitchX}
            height={pitchY}
            patternUnits="userSpaceOnUse"
            x={MARGIN}
            y={MARGIN}
          >
            <circle
              cx={pitchX / 2}
              cy={pitchY / 2}
              r={radius}
              fill="var(--mantine-color-dimmed)"
              fillOpacity={0.6}
            />
          </pattern>
        </defs>
        {labels &&
          Array.from({ length: blocksX }, (_, col) => (
            <text
              key={`c${col}`}
              x={MARGIN + col * (BLOCK + GAP) + BLOCK / 2}
              y={MARGIN - 12}
              textAnchor="middle"
              fontSize={30}
              fill="var(--mantine-color-text)"
            >
              {col + 1}
            </text>
          ))}
        {labels &&
          Array.from({ length: blocksY }, (_, row) => (
            <text
              key={`r${row}`}
              x={MARGIN - 12}
              y={MARGIN + row * (BLOCK + GAP) + BLOCK / 2 + 10}
              textAnchor="end"
              fontSize={30}
              fill="var(--mantine-color-text)"
            >
              {blockLabel(layout, row * blocksX + 1).replace(/\d+$/, '')}
            </text>
          ))}
        {blocks}
      </svg>
      {valueLayer && <ValueLegend layer={valueLayer} />}
      {pattern !== undefined && !valueLayer && (
        <Group gap="md" mt={6} aria-hidden>
          {known && (
            <>
              <Legend swatch="shot" label="shot" />
              {blockCount(layout) > 1 && pattern.kind === 'blocks' && (
                <Legend swatch="not-shot" label="not shot" />
              )}
            </>
          )}
          {!known && <Legend swatch="unknown" label="pattern unknown" />}
        </Group>
      )}
    </Box>
  );
}

function Legend({ swatch, label }: { swatch: 'shot' | 'not-shot' | 'unknown'; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width={16} height={16} viewBox="0 0 16 16">
        <rect
          x={1.5}
          y={1.5}
          width={13}
          height={13}
          rx={2}
          fill={swatch === 'shot' ? 'var(--mantine-color-indigo-filled)' : 'transparent'}
          stroke={
            swatch === 'shot' ? 'var(--mantine-color-indigo-filled)' : 'var(--mantine-color-dimmed)'
          }
          strokeWidth={1.5}
          strokeDasharray={swatch === 'not-shot' ? '3 2' : undefined}
        />
      </svg>
      <Text span size="xs">
        {label}
      </Text>
    </Group>
  );
}

/** Scale position of a value in [0, 1]; the middle when the scale has no width. */
function scaleOf(layer: ChipValueLayer, value: number): number {
  const span = layer.max - layer.min;
  return span > 0 ? (value - layer.min) / span : 0.5;
}

/** Dark text on the light end of viridis, white on the dark end (WCAG contrast either way). */
function textOn(t: number): string {
  const [r, g, b] = viridis(t);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140 ? '#1a1b1e' : '#ffffff';
}

function ValueBlock({
  layout,
  n,
  x,
  y,
  layer,
}: {
  layout: ChipLayout;
  n: number;
  x: number;
  y: number;
  layer: ChipValueLayer;
}) {
  const value = layer.values.get(n);
  const label = blockLabel(layout, n);
  if (value === undefined) {
    return (
      <g data-block={label} data-shot="false">
        <rect
          x={x}
          y={y}
          width={BLOCK}
          height={BLOCK}
          rx={4}
          fill="transparent"
          stroke="var(--mantine-color-dimmed)"
          strokeWidth={2.5}
          strokeDasharray="8 6"
        />
      </g>
    );
  }
  const t = scaleOf(layer, value);
  return (
    <g data-block={label} data-shot="true" data-value={value}>
      <rect x={x} y={y} width={BLOCK} height={BLOCK} rx={4} fill={viridisCss(t)} />
      <text
        x={x + BLOCK / 2}
        y={y + BLOCK / 2 + 11}
        textAnchor="middle"
        fontSize={32}
        fontWeight={600}
        fill={textOn(t)}
      >
        {layer.format(value)}
      </text>
    </g>
  );
}

const LEGEND_STOPS = [0, 0.25, 0.5, 0.75, 1];

function ValueLegend({ layer }: { layer: ChipValueLayer }) {
  const id = useId().replace(/:/g, '');
  return (
    <Group gap={8} mt={6} aria-hidden>
      <Text span size="xs">
        {layer.format(layer.min)}
      </Text>
      <svg width={120} height={12} viewBox="0 0 120 12" style={{ flex: 'none' }}>
        <defs>
          <linearGradient id={`${id}-scale`}>
            {LEGEND_STOPS.map((stop) => (
              <stop key={stop} offset={stop} stopColor={viridisCss(stop)} />
            ))}
          </linearGradient>
        </defs>
        <rect width={120} height={12} rx={2} fill={`url(#${id}-scale)`} />
      </svg>
      <Text span size="xs">
        {layer.format(layer.max)}
      </Text>
      <Text span size="xs" c="dimmed">
        {layer.title}; dashed: not shot
      </Text>
    </Group>
  );
}
