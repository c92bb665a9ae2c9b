import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '../lib/download';
import { renderWithProviders } from '../testing/render';
import { TableOnRequest } from './TableOnRequest';

vi.mock('../lib/download', () => ({ downloadBlob: vi.fn() }));
afterEach(() => vi.mocked(downloadBlob).mockClear());

const rows = [{ block: 'A1', hits: 12 }];

function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

function Blocks() {
  return (
    <TableOnRequest
      noun="block"
      label="Hits per block"
      minWidth={360}
      csv={{
        label: 'Blocks CSV',
        rows,
        columns: [
          { header: 'Block', value: (r) => r.block },
          { header: 'Hits', value: (r) => r.hits },
        ],
        fileName: 'run-1-hits-per-block',
      }}
    >
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>A1</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </TableOnRequest>
  );
}

describe('TableOnRequest', () => {
  it('shows the table in a named scroll region only when asked', async () => {
    const { user } = renderWithProviders(<Blocks />);
    const toggle = screen.getByRole('button', { name: 'Show the block table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(toggle);
    expect(screen.getByRole('region', { name: 'Hits per block' })).toContainElement(
      screen.getByRole('table'),
    );
    expect(screen.getByRole('button', { name: 'Hide the block table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('saves the rows as a UTF-8 CSV file that Excel reads', async () => {
    const { user } = renderWithProviders(<Blocks />);
    await user.click(screen.getByRole('button', { name: 'Blocks CSV' }));
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0] ?? [];
    expect(name).toBe('run-1-hits-per-block.csv');
    const bytes = await readBytes(blob as Blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Block,Hits\r\nA1,12\r\n');
  });
});
