import {
  Box,
  Group,
  List,
  Pagination,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ProblemCell } from '../../../api/ispyb/sample-import';
import {
  columnLabel,
  type CellError,
  type ImportSheet,
  type SheetValidation,
} from '../../../domain/sample-import';

/** Rows per page: the preview stays quick with thousands of rows (only a page is rendered). */
export const PREVIEW_PAGE_SIZE = 25;

export interface ImportPreviewProps {
  sheet: ImportSheet;
  validation: SheetValidation;
  /** Problems the server found (422), until the cell they are about is edited. */
  serverProblems: readonly ProblemCell[];
  onEdit: (row: number, column: string, value: string) => void;
}

const cellId = (row: number, column: string) => `${row}:${column}`;

/**
 * The file as a table, one page at a time, each problem written under its cell (and the row
 * marked in words, never by colour alone). Cells with a problem, and cells once edited, are
 * inputs: a value is taken on Enter or when the field is left.
 */
export function ImportPreview({ sheet, validation, serverProblems, onEdit }: ImportPreviewProps) {
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());

  const serverByRow = useMemo(() => {
    const map = new Map<number, CellError[]>();
    for (const problem of serverProblems) {
      if (problem.row < 0) continue;
      const list = map.get(problem.row) ?? [];
      list.push({ column: problem.column, message: problem.message });
      map.set(problem.row, list);
    }
    return map;
  }, [serverProblems]);

  const rowIndexes = useMemo(() => {
    if (!errorsOnly) return sheet.rows.map((_, i) => i);
    const set = new Set([...validation.errorRows, ...serverByRow.keys()]);
    return [...set].sort((a, b) => a - b);
  }, [errorsOnly, sheet.rows, validation.errorRows, serverByRow]);

  const pages = Math.max(1, Math.ceil(rowIndexes.length / PREVIEW_PAGE_SIZE));
  const current = Math.min(page, pages);
  const start = (current - 1) * PREVIEW_PAGE_SIZE;
  const visible = rowIndexes.slice(start, start + PREVIEW_PAGE_SIZE);

  const edit = (row: number, column: string, value: string) => {
    setEdited((prev) => new Set(prev).add(cellId(row, column)));
    onEdit(row, column, value);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Switch
          label="Show only rows with problems"
          checked={errorsOnly}
          onChange={(event) => {
            setErrorsOnly(event.currentTarget.checked);
            setPage(1);
          }}
        />
        {pages > 1 && (
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            size="sm"
            getItemProps={(p) => ({ 'aria-label': `Preview page ${p}` })}
            getControlProps={(control) => ({
              'aria-label': `${control === 'previous' ? 'Previous' : control === 'next' ? 'Next' : control === 'first' ? 'First' : 'Last'} preview page`,
            })}
          />
        )}
      </Group>
      {visible.length === 0 ? (
        <Text size="sm">No row has a problem.</Text>
      ) : (
        <Table.ScrollContainer minWidth={400} type="native">
          <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
            <Table.Caption>
              Rows {start + 1}–{start + visible.length} of {rowIndexes.length}
              {errorsOnly ? ' with problems' : ''} (file lines as numbered)
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Line</Table.Th>
                <Table.Th scope="col">Check</Table.Th>
                {sheet.columns.map((key) => (
                  <Table.Th scope="col" key={key} title={columnLabel(key)}>
                    <Text span size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {key}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((index) => {
                const row = sheet.rows[index];
                if (!row) return null;
                const errors = [
                  ...(validation.results[index]?.errors ?? []),
                  ...(serverByRow.get(index) ?? []),
                ];
                const rowErrors = errors.filter((e) => e.column === undefined);
                return (
                  <Table.Tr key={index} data-row={index}>
                    <Table.Th scope="row">{row.line}</Table.Th>
                    <Table.Td style={{ minWidth: 130 }}>
                      <RowStatus count={errors.length} rowMessages={rowErrors} />
                    </Table.Td>
                    {sheet.columns.map((key) => {
                      const messages = errors.filter((e) => e.column === key).map((e) => e.message);
                      const value = row.cells[key] ?? '';
                      return (
                        <Table.Td key={key} style={{ verticalAlign: 'top' }}>
                          {messages.length > 0 || edited.has(cellId(index, key)) ? (
                            <CellInput
                              key={value}
                              label={`${key}, line ${row.line}`}
                              value={value}
                              messages={messages}
                              onCommit={(next) => edit(index, key, next)}
                            />
                          ) : (
                            <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
                              {value}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function RowStatus({ count, rowMessages }: { count: number; rowMessages: CellError[] }) {
  if (count === 0) {
    return (
      <Group gap={4} wrap="nowrap">
        <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-teal-7)" />
        <Text span size="sm">
          OK
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap={4} wrap="nowrap">
        <IconAlertCircle size={16} aria-hidden color="var(--mantine-color-red-7)" />
        <Text span size="sm" fw={600}>
          {count} problem{count > 1 ? 's' : ''}
        </Text>
      </Group>
      {rowMessages.length > 0 && (
        <List size="xs">
          {rowMessages.map((e) => (
            <List.Item key={e.message}>{e.message}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function CellInput({
  label,
  value,
  messages,
  onCommit,
}: {
  label: string;
  value: string;
  messages: string[];
  onCommit: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const commit = () => {
    if (text.trim() !== value) onCommit(text);
  };
  return (
    <Box miw={150} maw={280}>
      <TextInput
        size="xs"
        aria-label={label}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        error={
          messages.length > 0 ? (
            <>
              <VisuallyHidden>Problem: </VisuallyHidden>
              {messages.join(' ')}
            </>
          ) : undefined
        }
      />
    </Box>
  );
}
