import {
  ActionIcon,
  Button,
  Group,
  Menu,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { timeValue, type PlanEvent } from '../../domain/plan';
import { fieldIssueProps } from './field-issues';
import type { PlanIssue } from '../../domain/plan-checks';
import { EVENT_TYPES, eventTypeLabel, type KnownEventType } from '../../domain/timing';
import { SectionIssues } from './SectionIssues';
import { TimeInput } from './TimeInput';

export interface EventsEditorProps {
  events: PlanEvent[];
  issues: readonly PlanIssue[];
  onChange: (events: PlanEvent[]) => void;
  newKey: () => string;
}

const TYPE_OPTIONS = EVENT_TYPES.map((t) => ({ value: t, label: eventTypeLabel(t) }));

/** New events start where a user would: lasers as 10 ns pulses, the rest as 5 ms exposures. */
function newEvent(key: string, type: KnownEventType): PlanEvent {
  const laser = type === 'LaserExcitation';
  return {
    key,
    type,
    name: '',
    offset: timeValue(0, laser ? 'ns' : 'ms'),
    duration: laser ? timeValue(10, 'ns') : timeValue(5, 'ms'),
    period: timeValue(undefined, 'ms'),
    repetition: undefined,
  };
}

/** The events of one run, each a card of fields with its checks next to them. */
export function EventsEditor({ events, issues, onChange, newKey }: EventsEditorProps) {
  const set = (key: string, change: Partial<PlanEvent>) =>
    onChange(events.map((e) => (e.key === key ? { ...e, ...change } : e)));
  const events_ = fieldIssueProps(issues, { kind: 'events' });
  return (
    <Stack gap="sm">
      {events.map((e, index) => {
        const at = (field: 'offset' | 'duration' | 'period' | 'repetition') =>
          fieldIssueProps(issues, { kind: 'event', key: e.key, field });
        const title = `Event ${index + 1}`;
        return (
          <Paper
            key={e.key}
            withBorder
            p="sm"
            radius="md"
            role="group"
            aria-label={`${title}: ${e.name || eventTypeLabel(e.type)}`}
          >
            <Stack gap="xs">
              <Group gap="xs" align="flex-end" wrap="wrap">
                <Select
                  label={`${title} type`}
                  data={TYPE_OPTIONS}
                  value={e.type}
                  allowDeselect={false}
                  onChange={(t) => t && set(e.key, { type: t as KnownEventType })}
                  w={190}
                />
                <TextInput
                  label="Name"
                  value={e.name}
                  placeholder={eventTypeLabel(e.type)}
                  onChange={(ev) => set(e.key, { name: ev.currentTarget.value })}
                  style={{ flex: 1, minWidth: 140 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove ${title.toLowerCase()} (${e.name || eventTypeLabel(e.type)})`}
                  onClick={() => onChange(events.filter((x) => x.key !== e.key))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="xs">
                <TimeInput
                  label="Offset"
                  required
                  value={e.offset}
                  onChange={(offset) => set(e.key, { offset })}
                  {...at('offset')}
                />
                <TimeInput
                  label="Duration"
                  value={e.duration}
                  onChange={(duration) => set(e.key, { duration })}
                  {...at('duration')}
                />
                <TimeInput
                  label="Period"
                  value={e.period}
                  onChange={(period) => set(e.key, { period })}
                  {...at('period')}
                />
                <NumberInput
                  label="Repetition"
                  value={e.repetition ?? ''}
                  placeholder="once"
                  min={1}
                  allowDecimal
                  thousandSeparator=" "
                  onChange={(v) =>
                    set(e.key, { repetition: typeof v === 'number' ? v : undefined })
                  }
                  {...at('repetition')}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
        );
      })}
      <SectionIssues error={events_.error} warning={events_.description} />
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} w="fit-content">
            Add event
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {EVENT_TYPES.map((t) => (
            <Menu.Item key={t} onClick={() => onChange([...events, newEvent(newKey(), t)])}>
              {eventTypeLabel(t)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Stack>
  );
}
