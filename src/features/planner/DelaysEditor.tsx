import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { timeValue, type PlanDelay } from '../../domain/plan';
import type { PlanIssue } from '../../domain/plan-checks';
import { fieldIssueProps } from './field-issues';
import { SectionIssues } from './SectionIssues';
import { TimeInput } from './TimeInput';

export interface DelaysEditorProps {
  delays: PlanDelay[];
  issues: readonly PlanIssue[];
  onChange: (delays: PlanDelay[]) => void;
  newKey: () => string;
}

/** The runs of the series: one pump–probe (or reaction) delay each, or a dark reference. */
export function DelaysEditor({ delays, issues, onChange, newKey }: DelaysEditorProps) {
  const whole = fieldIssueProps(issues, { kind: 'delays' });
  // beside a labelled input the button drops by the label's height to line up with the box
  const remove = (key: string, what: string, besideLabel: boolean) => (
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      aria-label={`Remove ${what}`}
      onClick={() => onChange(delays.filter((d) => d.key !== key))}
      mt={besideLabel ? 24 : 0}
    >
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
  return (
    <Stack gap="xs">
      {delays.length === 0 && (
        <Text size="sm" c="dimmed">
          No delays: one run, timed as drawn. Add delays for a series; each moves the X-ray events
          to that time after the laser (or reaction trigger).
        </Text>
      )}
      {delays.map((d, i) =>
        d.kind === 'dark' ? (
          <Paper key={d.key} withBorder p="xs" radius="md" maw={420}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">Run {i + 1}: dark reference (the same pattern without laser)</Text>
              {remove(d.key, `run ${i + 1} (dark reference)`, false)}
            </Group>
          </Paper>
        ) : (
          <Group key={d.key} wrap="nowrap" align="flex-start" gap="xs" maw={420}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <TimeInput
                label={`Run ${i + 1} delay`}
                required
                value={d.delay}
                onChange={(delay) =>
                  onChange(delays.map((x) => (x.key === d.key ? { ...d, delay } : x)))
                }
                {...fieldIssueProps(issues, { kind: 'delay', key: d.key })}
              />
            </div>
            {remove(d.key, `run ${i + 1} delay`, true)}
          </Group>
        ),
      )}
      <SectionIssues error={whole.error} warning={whole.description} />
      <Group gap="xs">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            onChange([
              ...delays,
              { key: newKey(), kind: 'delay', delay: timeValue(undefined, 'ms') },
            ])
          }
        >
          Add delay
        </Button>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={delays.some((d) => d.kind === 'dark')}
          onClick={() => onChange([{ key: newKey(), kind: 'dark' }, ...delays])}
        >
          Add dark reference
        </Button>
      </Group>
    </Stack>
  );
}
