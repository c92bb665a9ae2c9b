import { Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { planRuns, type Plan } from '../../domain/plan';
import type { PlanIssue } from '../../domain/plan-checks';
import { expandTemplate, PLAN_TEMPLATES, type PlanTemplateId } from '../../domain/plan-templates';
import { chipPositionsShot } from '../../domain/plan-estimates';
import type { EventChain } from '../../domain/timing';
import { formatSeconds } from '../../domain/timing-format';
import { TimingComparison } from '../../components/timing/TimingComparison';
import { TimingDiagram } from '../../components/timing/TimingDiagram';
import { newPlanId } from '../../lib/plan-store';
import { DelaysEditor } from './DelaysEditor';
import { EventsEditor } from './EventsEditor';
import { fieldIssueProps } from './field-issues';
import { TimeInput } from './TimeInput';

/** Edits settle this long before the diagram redraws: typing stays smooth on long trains. */
export const DIAGRAM_DEBOUNCE_MS = 250;

/** Frames per run when the device does not fix it (a jet): a typical run of 10⁴ images. */
const JET_REPETITIONS = 10_000;

export interface TimingSectionProps {
  plan: Plan;
  issues: readonly PlanIssue[];
  update: (change: (plan: Plan) => Plan) => void;
  headingId: string;
}

/** What can be drawn: events whose time is not known yet are left out until it is. */
function drawable(chain: EventChain): EventChain {
  return { ...chain, events: chain.events.filter((e) => Number.isFinite(e.offset)) };
}

export function TimingSection({ plan, issues, update, headingId }: TimingSectionProps) {
  const [template, setTemplate] = useState<PlanTemplateId | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const chosen = PLAN_TEMPLATES.find((t) => t.id === template);

  const apply = () => {
    if (!template) return;
    const positions =
      plan.device.kind === 'chip'
        ? (chipPositionsShot(plan.device) ?? JET_REPETITIONS)
        : JET_REPETITIONS;
    update((p) => ({ ...p, ...expandTemplate(template, positions, newPlanId) }));
    confirm.close();
  };

  const pattern = useMemo(
    () => ({ events: plan.events, delays: plan.delays }),
    [plan.events, plan.delays],
  );
  const [settled] = useDebouncedValue(pattern, DIAGRAM_DEBOUNCE_MS);
  const runs = useMemo(
    () =>
      planRuns(settled, formatSeconds).map((r) => ({
        label: r.label,
        chains: [drawable(r.chain)],
      })),
    [settled],
  );

  return (
    <Stack gap="md">
      <Title order={2} size="h3" id={headingId}>
        Timing pattern
      </Title>
      <Group align="flex-end" gap="xs">
        <Select
          label="Start from a template"
          placeholder="Choose a template"
          data={PLAN_TEMPLATES.map((t) => ({ value: t.id, label: t.label }))}
          value={template}
          onChange={(v) => setTemplate(v as PlanTemplateId | null)}
          w={300}
          maw="100%"
        />
        <Button
          variant="default"
          disabled={!template}
          onClick={() =>
            plan.events.length > 0 || plan.delays.length > 0 ? confirm.open() : apply()
          }
        >
          Apply template
        </Button>
      </Group>
      {chosen && (
        <Text size="sm" c="dimmed">
          {chosen.description}
        </Text>
      )}
      <Modal opened={confirming} onClose={confirm.close} title="Replace the timing pattern?">
        <Stack>
          <Text size="sm">
            “{chosen?.label}” replaces the {plan.events.length} events and {plan.delays.length}{' '}
            delays of this plan. The sample, device and targets stay.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button onClick={apply}>Replace</Button>
          </Group>
        </Stack>
      </Modal>

      <Title order={3} size="h4">
        Events of one run
      </Title>
      <EventsEditor
        events={plan.events}
        issues={issues}
        newKey={newPlanId}
        onChange={(events) => update((p) => ({ ...p, events }))}
      />
      <Title order={3} size="h4">
        Delays (runs of the series)
      </Title>
      <DelaysEditor
        delays={plan.delays}
        issues={issues}
        newKey={newPlanId}
        onChange={(delays) => update((p) => ({ ...p, delays }))}
      />
      <Title order={3} size="h4">
        Detector
      </Title>
      <div style={{ maxWidth: 360 }}>
        <TimeInput
          label="Readout time (shortest time between frames)"
          required
          value={plan.detectorReadout}
          onChange={(detectorReadout) => update((p) => ({ ...p, detectorReadout }))}
          {...fieldIssueProps(issues, { kind: 'readout' })}
        />
      </div>
      {runs.length > 1 ? (
        <TimingComparison runs={runs} title="Planned timing, all runs" />
      ) : (
        <TimingDiagram chains={runs[0]?.chains ?? []} title="Planned timing" />
      )}
    </Stack>
  );
}
