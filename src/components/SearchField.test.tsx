import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { SearchField } from './SearchField';

/** A URL stand-in: the search it holds is what `onSearch` last wrote, or a "Back" jump. */
function Harness({ onSearch }: { onSearch: (search: string) => void }) {
  const [value, setValue] = useState('hewl');
  return (
    <>
      <SearchField
        label="Search proteins"
        placeholder="Acronym or name"
        value={value}
        onSearch={(search) => {
          onSearch(search);
          setValue(search);
        }}
      />
      <button type="button" onClick={() => setValue('lysozyme')}>
        Back
      </button>
    </>
  );
}

describe('SearchField', () => {
  it('searches with the trimmed text at once on Enter, keeping what was typed', async () => {
    const onSearch = vi.fn();
    const { user } = renderWithProviders(<Harness onSearch={onSearch} />);
    const field = screen.getByRole('searchbox', { name: 'Search proteins' });
    expect(field).toHaveValue('hewl');

    await user.clear(field);
    await user.type(field, '  thaumatin {Enter}');
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenCalledWith('thaumatin');
    // the URL now holds the trimmed text; its echo must not eat the spaces still in the field
    expect(field).toHaveValue('  thaumatin ');
  });

  it('searches once typing pauses', async () => {
    const onSearch = vi.fn();
    const { user } = renderWithProviders(<Harness onSearch={onSearch} />);
    const field = screen.getByRole('searchbox', { name: 'Search proteins' });
    await user.clear(field);
    await user.type(field, 'lyso');
    await waitFor(() => expect(onSearch).toHaveBeenCalledWith('lyso'));
    expect(onSearch).toHaveBeenCalledTimes(1);
  });

  it('follows a search changed from outside', async () => {
    const { user } = renderWithProviders(<Harness onSearch={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('searchbox', { name: 'Search proteins' })).toHaveValue('lysozyme');
  });
});
