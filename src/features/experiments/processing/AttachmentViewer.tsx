import { Alert, Button, CloseButton, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useHttp } from '../../../api/http-context';
import { attachmentTextQuery, MAX_VIEW_BYTES } from '../../../api/ispyb/processings';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { LoadingState } from '../../../components/LoadingState';
import type { ProcessingAttachment } from '../../../domain/processing';

export interface AttachmentViewerProps {
  attachment: ProcessingAttachment;
  programName: string;
  onClose: () => void;
  onDownload: () => void;
  downloading: boolean;
}

/** JSON results are shown indented; anything else as the program wrote it. */
function displayText(attachment: ProcessingAttachment, text: string, truncated: boolean): string {
  if (truncated || !/\.json$/i.test(attachment.fileName)) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * A log or text result read in the page (with the Bearer header): a monospace, scrollable,
 * focusable region so it can be scrolled with the keyboard and read by a screen reader.
 */
export function AttachmentViewer({
  attachment,
  programName,
  onClose,
  onDownload,
  downloading,
}: AttachmentViewerProps) {
  const http = useHttp();
  const headingId = useId();
  const file = useQuery(attachmentTextQuery(http, attachment.id));

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600} id={headingId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {attachment.fileName}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              ({attachment.fileType}, {programName})
            </Text>
          </Text>
          <Group gap={4} wrap="nowrap" ml="auto">
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={() => void file.refetch()}
              loading={file.isFetching}
            >
              Reload
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={onDownload}
              loading={downloading}
            >
              Download
            </Button>
            <CloseButton onClick={onClose} aria-label={`Close ${attachment.fileName}`} />
          </Group>
        </Group>
        {file.isPending && <LoadingState label={`Reading ${attachment.fileName}…`} />}
        {file.isError && <ErrorPanel error={file.error} onRetry={() => void file.refetch()} />}
        {file.data && (
          <>
            {file.data.truncated && (
              <Alert color="yellow" variant="light" p="xs">
                Showing the first {Math.round(MAX_VIEW_BYTES / 1024)} KB: download the file for the
                rest.
              </Alert>
            )}
            {file.data.text.trim() === '' ? (
              <Text size="sm" c="dimmed">
                The file is empty.
              </Text>
            ) : (
              <ScrollArea.Autosize
                mah={420}
                type="auto"
                offsetScrollbars
                // the scrolling element takes the focus, so keys scroll the log
                viewportProps={{
                  tabIndex: 0,
                  role: 'region',
                  'aria-label': `Contents of ${attachment.fileName}`,
                }}
              >
                <pre
                  style={{
                    margin: 0,
                    fontFamily: 'var(--mantine-font-family-monospace)',
                    fontSize: 'var(--mantine-font-size-xs)',
                    lineHeight: 1.5,
                    whiteSpace: 'pre',
                  }}
                >
                  {displayText(attachment, file.data.text, file.data.truncated)}
                </pre>
              </ScrollArea.Autosize>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
