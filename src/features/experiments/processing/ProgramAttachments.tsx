import { Alert, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconFileText } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { processingAttachmentsQuery } from '../../../api/ispyb/processings';
import { useHttp } from '../../../api/http-context';
import { describeError } from '../../../components/describe-error';
import { isViewableAttachment, type ProcessingAttachment } from '../../../domain/processing';
import { AttachmentViewer } from './AttachmentViewer';
import type { AttachmentDownload } from './use-attachment-download';

export interface ProgramAttachmentsProps {
  programId: number;
  programName: string;
  openId: number | undefined;
  onView: (attachment: ProcessingAttachment | undefined) => void;
  downloads: AttachmentDownload;
}

/** Logs first, then by the pipeline's own importance rank, then by name. */
function byImportance(a: ProcessingAttachment, b: ProcessingAttachment): number {
  const log = (x: ProcessingAttachment) => (/^log$/i.test(x.fileType) ? 0 : 1);
  return (
    log(a) - log(b) ||
    (a.importanceRank ?? Number.POSITIVE_INFINITY) -
      (b.importanceRank ?? Number.POSITIVE_INFINITY) ||
    a.fileName.localeCompare(b.fileName)
  );
}

/** The files one program wrote: view text files in the page, download any. */
export function ProgramAttachments({
  programId,
  programName,
  openId,
  onView,
  downloads,
}: ProgramAttachmentsProps) {
  const http = useHttp();
  const files = useQuery(processingAttachmentsQuery(http, programId));

  if (files.isPending) {
    return (
      <Text size="sm" c="dimmed">
        Loading the files of {programName}…
      </Text>
    );
  }
  if (files.isError) {
    return (
      <Alert color="red" variant="light" role="alert" p="xs" title="Files could not be listed">
        <Group gap="sm" justify="space-between">
          <Text size="sm">{describeError(files.error).message}</Text>
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            onClick={() => void files.refetch()}
          >
            Retry
          </Button>
        </Group>
      </Alert>
    );
  }
  if (files.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No files recorded for this program.
      </Text>
    );
  }
  const sorted = [...files.data].sort(byImportance);
  const opened = sorted.find((file) => file.id === openId);
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} fz="sm">
        <Table.Caption>
          <VisuallyHidden>Files written by {programName}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((file) => {
            const open = openId === file.id;
            const failed = downloads.error?.id === file.id ? downloads.error.message : undefined;
            return (
              <Table.Tr key={file.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {file.fileName}
                  <Text size="xs" c="dimmed">
                    {file.fileType}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {isViewableAttachment(file) && (
                      <Button
                        size="compact-sm"
                        variant={open ? 'light' : 'subtle'}
                        leftSection={<IconFileText size={14} aria-hidden />}
                        aria-label={`${open ? 'Hide' : 'View'} ${file.fileName}`}
                        aria-pressed={open}
                        onClick={() => onView(open ? undefined : file)}
                      >
                        {open ? 'Hide' : 'View'}
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconDownload size={14} aria-hidden />}
                      aria-label={`Download ${file.fileName}`}
                      loading={downloads.busyId === file.id}
                      onClick={() => void downloads.download(file)}
                    >
                      Download
                    </Button>
                  </Group>
                  {failed && (
                    <Text size="xs" c="red" role="alert">
                      Download failed: {failed}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {opened && (
        <AttachmentViewer
          attachment={opened}
          programName={programName}
          onClose={() => onView(undefined)}
          onDownload={() => void downloads.download(opened)}
          downloading={downloads.busyId === opened.id}
        />
      )}
    </Stack>
  );
}
