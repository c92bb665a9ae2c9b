import { Stack, Tabs, Text, Title } from '@mantine/core';
import type { Capabilities } from '../../api/capabilities';
import { QueryBoundary } from '../../components/QueryBoundary';
import type { DataCollection, DataCollectionGroup } from '../../domain/data-collection';
import { CellsTab } from './CellsTab';
import { DeviceTab } from './DeviceTab';
import { EXPERIMENT_TABS, type ExperimentTab } from './experiment-url';
import { ProcessingTab } from './processing/ProcessingTab';
import { RunParameters } from './RunParameters';
import { SampleTab } from './SampleTab';
import { TimingTab } from './TimingTab';
import { DateTime } from '../../components/DateTime';

const TAB_LABELS: Record<ExperimentTab, string> = {
  parameters: 'Run parameters',
  timing: 'Timing',
  cells: 'Unit cells',
  sample: 'Sample',
  device: 'Device',
  processing: 'Processing',
};

export interface RunDetailsProps {
  group: DataCollectionGroup;
  runs: readonly DataCollection[];
  run: DataCollection;
  runNumber: number;
  tab: ExperimentTab;
  onTab: (tab: ExperimentTab) => void;
  capabilities: Capabilities;
  headingId: string;
}

/** The selected run, one tab at a time (only the open tab reads from the server). */
export function RunDetails({
  group,
  runs,
  run,
  runNumber,
  tab,
  onTab,
  capabilities,
  headingId,
}: RunDetailsProps) {
  return (
    <Stack gap="sm">
      <Stack gap={0}>
        <Title order={2} size="h3" id={headingId}>
          Run #{runNumber}
        </Title>
        <Text size="sm" c="dimmed">
          Data collection {run.id}
          {run.ssx?.experimentName ? ` · ${run.ssx.experimentName}` : ''} · started{' '}
          <DateTime value={run.start} />
        </Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = EXPERIMENT_TABS.find((t) => t === value);
          if (next) onTab(next);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {EXPERIMENT_TABS.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {TAB_LABELS[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="parameters" pt="md">
          <RunParameters run={run} capabilities={capabilities} />
        </Tabs.Panel>
        <Tabs.Panel value="timing" pt="md">
          <TimingTab run={run} runNumber={runNumber} runs={runs} capabilities={capabilities} />
        </Tabs.Panel>
        <Tabs.Panel value="cells" pt="md">
          <CellsTab runId={run.id} runNumber={runNumber} groupRunIds={runs.map((r) => r.id)} />
        </Tabs.Panel>
        <Tabs.Panel value="sample" pt="md">
          <SampleTab
            proposalName={group.proposalName}
            sampleId={group.sampleId}
            sampleName={group.sampleName}
            capabilities={capabilities}
          />
        </Tabs.Panel>
        <Tabs.Panel value="device" pt="md">
          <QueryBoundary loadingLabel="Loading the device…">
            <DeviceTab group={group} run={run} runNumber={runNumber} />
          </QueryBoundary>
        </Tabs.Panel>
        <Tabs.Panel value="processing" pt="md">
          <ProcessingTab
            group={group}
            run={run}
            runNumber={runNumber}
            capabilities={capabilities}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
