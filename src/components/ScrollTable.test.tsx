import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ScrollTable } from './ScrollTable';

describe('ScrollTable', () => {
  it('names the table and its scroll region by a caption that does not scroll with them', () => {
    renderWithProviders(
      <ScrollTable caption="Cells of run 40031" minWidth={520}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>66.90</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </ScrollTable>,
    );
    const table = screen.getByRole('table', { name: 'Cells of run 40031' });
    const region = screen.getByRole('region', { name: 'Cells of run 40031' });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
    // the caption sits outside the sideways-scrolling region (it was cut off at 390 px)
    expect(region).not.toContainElement(screen.getByText('Cells of run 40031'));
    expect(table.querySelector('caption')).toBeNull();
  });
});
