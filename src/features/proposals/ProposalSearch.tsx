import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export interface ProposalSearchProps {
  /** The search in the URL. */
  value: string;
  /** Called ~300 ms after typing stops, or at once on Enter, with the trimmed text. */
  onSearch: (search: string) => void;
}

export function ProposalSearch({ value, onSearch }: ProposalSearchProps) {
  const [text, setText] = useState(value);
  // Follow the URL when it changes from outside (back button, a link), without losing typing.
  const [urlValue, setUrlValue] = useState(value);
  if (value !== urlValue) {
    setUrlValue(value);
    if (value !== text.trim()) setText(value);
  }
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()), 300);

  return (
    <TextInput
      type="search"
      label="Search proposals"
      placeholder="Code, number or title"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search.flush();
      }}
      maw={420}
      w="100%"
    />
  );
}
