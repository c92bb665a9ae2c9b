import {
  Anchor,
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
                return (
                  <Table.Tr key={index} data-row={index}>
                    <Table.Th scope="row">{row.line}</Table.Th>
                    <Table.Td style={{ minWidth: 240, maxWidth: 360, verticalAlign: 'top' }}>
                      <RowStatus row={index} problems={errors} />
                    </Table.Td>
                    {sheet.columns.map((key) => {
                      const messages = errors.filter((e) => e.column === key).map((e) => e.message);
                      const value = row.cells[key] ?? '';
                      return (
                        <Table.Td key={key} style={{ verticalAlign: 'top' }}>
                          {messages.length > 0 || edited.has(cellId(index, key)) ? (
                            <CellInput
                              key={value}
                              id={inputId(index, key)}
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

/** Where each cell's input lives, so a problem listed in the row can take the user to it. */
const inputId = (row: number, column: string) => `sample-import-${row}-${column}`;

/**
 * The row's verdict in words, with every problem listed: the table is wide, and a problem in a
 * column scrolled out of view must still be seen. A column name moves the focus to its cell.
 */
function RowStatus({ row, problems }: { row: number; problems: CellError[] }) {
  if (problems.length === 0) {
    return (
      <Group gap={4} wrap="nowrap">
        <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-teal-text)" />
        <Text span size="sm">
          OK
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap={4} wrap="nowrap">
        <IconAlertCircle size={16} aria-hidden color="var(--mantine-color-red-text)" />
        <Text span size="sm" fw={600}>
          {problems.length} problem{problems.length > 1 ? 's' : ''}
        </Text>
      </Group>
      <List size="xs" spacing={2}>
        {problems.map(({ column, message }) => (
          <List.Item key={`${column ?? ''}:${message}`}>
            {column !== undefined && (
              <>
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  fw={600}
                  onClick={() => document.getElementById(inputId(row, column))?.focus()}
                >
                  {column}
                </Anchor>
                :{' '}
              </>
            )}
            {message}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function CellInput({
  id,
  label,
  value,
  messages,
  onCommit,
}: {
  id: string;
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
        id={id}
        size="xs"
        aria-label={label}
        // Mantine's error red (shade 6) is 3.6:1 on white: the theme's red text colour reads at AA.
        styles={{
          input: { color: 'var(--mantine-color-text)' },
          error: { color: 'var(--mantine-color-red-text)' },
        }}
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
