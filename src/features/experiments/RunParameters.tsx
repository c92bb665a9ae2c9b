import { Alert, Code, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Capabilities } from '../../api/capabilities';
import { DateTime } from '../../components/DateTime';
import { FactList, type Fact } from '../../components/FactList';
import type { DataCollection } from '../../domain/data-collection';
import { beamSizeUm } from '../../domain/experiment';
import {
  formatCount,
  formatPercent,
  formatScientific,
  formatSI,
  wavelengthToEnergyKeV,
} from '../../domain/units';
import { measure } from './measure';

export interface RunParametersProps {
  run: DataCollection;
  capabilities: Capabilities;
}

function beam(run: DataCollection): string {
  const size = beamSizeUm(run);
  if (!size) return '–';
  const part = (v: number | undefined) => (v === undefined ? '?' : measure(v, '', 2));
  return `${part(size.x)} × ${part(size.y)} µm${size.convertedFromMm ? ' (stored in mm)' : ''}`;
}

function detector(run: DataCollection): string {
  const parts = [run.detectorManufacturer, run.detectorModel, run.detectorType].filter(
    (p): p is string => Boolean(p?.trim()),
  );
  return parts.length ? [...new Set(parts)].join(' ') : 'Not provided by this server';
}

/** The beam, detector and SSX parameters of one run, with their units. */
export function RunParameters({ run, capabilities }: RunParametersProps) {
  const λ = run.wavelengthA;
  const beamFacts: Fact[] = [
    { label: 'Images', value: formatCount(run.numberOfImages) },
    { label: 'Start', value: <DateTime value={run.start} /> },
    { label: 'End', value: <DateTime value={run.end} /> },
    {
      label: 'Energy',
      value: λ ? measure(wavelengthToEnergyKeV(λ), 'keV', 3) : '–',
    },
    { label: 'Wavelength', value: measure(λ, 'Å', 4) },
    { label: 'Flux', value: formatScientific(run.flux, 'ph/s') },
    { label: 'Transmission', value: measure(run.transmissionPct, '%', 2) },
    { label: 'Beam size', value: beam(run) },
    {
      label: 'Exposure',
      value: run.exposureTimeS === undefined ? '–' : measure(run.exposureTimeS * 1e3, 'ms', 3),
    },
    { label: 'Detector distance', value: measure(run.detectorDistanceMm, 'mm', 1) },
    { label: 'Resolution (edge)', value: measure(run.resolutionA, 'Å', 2) },
    { label: 'Detector', value: detector(run) },
  ];

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Beam and detector
        </Title>
        <FactList facts={beamFacts} />
        {(run.imageDirectory || run.fileTemplate) && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Images: <Code>{[run.imageDirectory, run.fileTemplate].filter(Boolean).join('/')}</Code>
          </Text>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Serial crystallography
        </Title>
        <SsxFacts run={run} capabilities={capabilities} />
      </Stack>
    </Stack>
  );
}

function SsxFacts({ run, capabilities }: RunParametersProps) {
  const ssx = run.ssx;
  if (!ssx) {
    return (
      <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
        {capabilities.ssxFields
          ? 'No SSX parameters are recorded for this run (repetition rate, chip, jet, laser…).'
          : 'This ISPyB server does not provide the SSX parameters (repetition rate, chip, jet, laser…).'}
      </Alert>
    );
  }
  const bandwidth = ssx.energyBandwidth;
  return (
    <FactList
      facts={[
        { label: 'Experiment name', value: ssx.experimentName ?? '–' },
        { label: 'Repetition rate', value: measure(ssx.repetitionRate, 'Hz', 2) },
        { label: 'Laser energy', value: measure(ssx.laserEnergyUj, 'µJ', 2) },
        {
          label: 'Reaction duration',
          value: ssx.reactionDurationS === undefined ? '–' : formatSI(ssx.reactionDurationS, 's'),
        },
        {
          label: 'Energy bandwidth',
          value:
            bandwidth === undefined
              ? '–'
              : bandwidth < 1
                ? `${formatPercent(bandwidth, 2)} (ΔE/E ${measure(bandwidth, '', 5)})`
                : `${measure(bandwidth, '', 4)} (as stored; unit not recorded)`,
        },
        { label: 'Mono stripe', value: ssx.monoStripe ?? '–' },
        { label: 'Chip model', value: ssx.chipModel ?? '–' },
        { label: 'Chip pattern', value: ssx.chipPattern ?? '–' },
        { label: 'Jet size', value: measure(ssx.jetSizeUm, 'µm', 2) },
        { label: 'Jet speed', value: measure(ssx.jetSpeedMs, 'm/s', 2) },
      ]}
    />
  );
}
