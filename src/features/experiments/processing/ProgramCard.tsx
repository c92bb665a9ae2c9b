import { Code, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import { DateTime } from '../../../components/DateTime';
import { FactList, type Fact } from '../../../components/FactList';
import { formatDurationMinutes } from '../../../components/format';
import type { MessageSeverity, ProcessingAttachment, RunProgram } from '../../../domain/processing';
import { ProgramAttachments } from './ProgramAttachments';
import { ProgramStateBadge } from './program-state';
import { ShellsTable } from './ShellsTable';
import type { AttachmentDownload } from './use-attachment-download';

const SEVERITY: Record<
  MessageSeverity,
  { label: string; color: string; Icon: typeof IconInfoCircle }
> = {
  error: { label: 'Error', color: 'red', Icon: IconCircleX },
  warning: { label: 'Warning', color: 'yellow', Icon: IconAlertTriangle },
  info: { label: 'Info', color: 'blue', Icon: IconInfoCircle },
};

const KIND_LABEL = {
  autoIntegration: 'auto-integration',
  processing: 'processing job',
  screening: 'screening',
  xrc: 'X-ray centring',
} as const;

export interface ProgramCardProps {
  program: RunProgram;
  openAttachmentId: number | undefined;
  onView: (attachment: ProcessingAttachment | undefined) => void;
  downloads: AttachmentDownload;
}

/** One processing program of a run: status, what it ran, what it said, the files it wrote. */
export function ProgramCard({ program, openAttachmentId, onView, downloads }: ProgramCardProps) {
  const { details } = program;
  const minutes =
    details?.start && details.end
      ? (details.end.getTime() - details.start.getTime()) / 60_000
      : undefined;
  const facts: Fact[] = [
    { label: 'Started', value: <DateTime value={details?.start} /> },
    {
      label: 'Finished',
      value: details?.end ? (
        <DateTime value={details.end} />
      ) : program.state === 'running' ? (
        'Still running'
      ) : (
        'Not recorded'
      ),
    },
    ...(minutes === undefined ? [] : [{ label: 'Took', value: formatDurationMinutes(minutes) }]),
    ...(details?.environment ? [{ label: 'Ran on', value: details.environment }] : []),
    { label: 'Program id', value: String(program.programId) },
  ];
  const headingId = `program-${program.programId}`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0}>
            <Title order={3} size="h4" id={headingId}>
              {program.name}
            </Title>
            {program.kind && (
              <Text size="xs" c="dimmed">
                {KIND_LABEL[program.kind]}
              </Text>
            )}
          </Stack>
          <ProgramStateBadge state={program.state} />
        </Group>
        {details?.message && (
          <Text size="sm">
            <Text span fw={600}>
              Status message:
            </Text>{' '}
            {details.message}
          </Text>
        )}
        <FactList facts={facts} />
        {details?.commandLine && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Command line
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {details.commandLine}
            </Code>
          </Stack>
        )}
        {program.messages.length > 0 ? (
          <Stack gap={6} component="ul" m={0} p={0} aria-label={`Messages of ${program.name}`}>
            {program.messages.map((m) => {
              const s = SEVERITY[m.severity];
              return (
                <Group
                  key={m.id}
                  component="li"
                  gap="xs"
                  wrap="nowrap"
                  align="flex-start"
                  style={{ listStyle: 'none' }}
                >
                  <ThemeIcon color={s.color} variant="light" size="sm" radius="xl" aria-hidden>
                    <s.Icon size={14} />
                  </ThemeIcon>
                  <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    <Text span fw={600}>
                      {s.label}: {m.description || 'message'}
                    </Text>
                    {m.message ? ` — ${m.message}` : ''}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No messages.
          </Text>
        )}
        {program.results.map((result, i) => (
          <ShellsTable key={i} result={result} programName={program.name} />
        ))}
        <ProgramAttachments
          programId={program.programId}
          programName={program.name}
          openId={openAttachmentId}
          onView={onView}
          downloads={downloads}
        />
      </Stack>
    </Paper>
  );
}
