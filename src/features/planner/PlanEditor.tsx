import { Alert, Divider, List, Stack, Textarea, TextInput } from '@mantine/core';
import { useId, useMemo } from 'react';
import { checkPlan } from '../../domain/plan-checks';
import { estimatePlan } from '../../domain/plan-estimates';
import { PageHeader } from '../../components/PageHeader';
import { PLANS_PATH } from '../../lib/paths';
import type { PlanStore, StoredPlan } from '../../lib/plan-store';
import { DeviceSection } from './DeviceSection';
import { EstimatesSection } from './EstimatesSection';
import { ExportSection } from './ExportSection';
import { SampleSection } from './SampleSection';
import { SaveBadge, SaveProblem } from './SaveStatus';
import { TimingSection } from './TimingSection';
import { usePlanEditor } from './use-plan-editor';

export interface PlanEditorProps {
  store: PlanStore;
  initial: StoredPlan;
}

/** One plan, edited in place and saved as the user works; checks and estimates follow each edit. */
export function PlanEditor({ store, initial }: PlanEditorProps) {
  const editor = usePlanEditor(store, initial);
  const { plan, update } = editor;
  const issues = useMemo(() => checkPlan(plan), [plan]);
  const estimate = useMemo(() => estimatePlan(plan), [plan]);
  const errors = issues.filter((i) => i.severity === 'error');
  const ids = {
    sample: useId(),
    device: useId(),
    timing: useId(),
    estimates: useId(),
    export: useId(),
  };

  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Planner', to: PLANS_PATH }]}
        title={plan.name || 'Untitled plan'}
        subtitle={plan.proposalName ? `Run plan for ${plan.proposalName}` : 'Run plan'}
        right={<SaveBadge save={editor.save} />}
      />
      <Stack gap="lg" maw={1100}>
        <SaveProblem
          save={editor.save}
          onLoadTheirs={editor.loadTheirs}
          onKeepMine={editor.keepMine}
          onRetry={editor.retry}
        />
        <TextInput
          label="Plan name"
          value={plan.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            update((p) => ({ ...p, name }));
          }}
        />
        <Stack component="section" aria-labelledby={ids.sample} gap="sm">
          <SampleSection plan={plan} update={update} headingId={ids.sample} />
        </Stack>
        <Divider />
        <Stack component="section" aria-labelledby={ids.device} gap="sm">
          <DeviceSection plan={plan} issues={issues} update={update} headingId={ids.device} />
        </Stack>
        <Divider />
        <Stack component="section" aria-labelledby={ids.timing} gap="sm">
          <TimingSection plan={plan} issues={issues} update={update} headingId={ids.timing} />
        </Stack>
        <Divider />
        <Stack component="section" aria-labelledby={ids.estimates} gap="sm">
          <EstimatesSection
            plan={plan}
            estimate={estimate}
            issues={issues}
            update={update}
            headingId={ids.estimates}
          />
        </Stack>
        <Divider />
        {errors.length > 0 && (
          <Alert
            color="red"
            title={`${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix before this plan can run`}
          >
            <List size="sm">
              {errors.map((i, n) => (
                <List.Item key={n}>{i.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Stack component="section" aria-labelledby={ids.export} gap="sm">
          <ExportSection plan={plan} estimate={estimate} headingId={ids.export} />
        </Stack>
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={plan.notes}
          onChange={(e) => {
            const notes = e.currentTarget.value;
            update((p) => ({ ...p, notes }));
          }}
        />
      </Stack>
    </>
  );
}
