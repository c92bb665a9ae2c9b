import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export interface SearchFieldProps {
  label: string;
  placeholder: string;
  /** The search in the URL. */
  value: string;
  /** Called ~300 ms after typing stops, or at once on Enter, with the trimmed text. */
  onSearch: (search: string) => void;
  /** Width; a field in a row of filters is narrower than one on its own. */
  w?: TextInputProps['w'];
}

/** The search box of a list screen, writing to the URL once typing pauses (not on every key). */
export function SearchField({ label, placeholder, value, onSearch, w = '100%' }: SearchFieldProps) {
  const [text, setText] = useState(value);
  // Follow the URL when it changes from outside (back button, a link, "Clear filters"), without
  // losing typing: the URL holds the trimmed text, so its echo is not written over the field.
  const [urlValue, setUrlValue] = useState(value);
  if (value !== urlValue) {
    setUrlValue(value);
    if (value !== text.trim()) setText(value);
  }
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()), 300);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
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
      w={w}
    />
  );
}
