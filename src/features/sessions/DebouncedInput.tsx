import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

export interface DebouncedInputProps extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'error' | 'onKeyDown'
> {
  /** The value in the URL, as text. */
  value: string;
  /** Called ~300 ms after typing stops, or at once on Enter, with valid trimmed text. */
  onCommit: (text: string) => void;
  /** A message when `text` cannot be committed (e.g. not a number); `undefined` when fine. */
  validate?: (text: string) => string | undefined;
}

/**
 * A text box that writes to the URL once typing pauses, so each keystroke is not a navigation,
 * and keeps what is typed (`0.`, `1e`) while it is not yet a value.
 */
export function DebouncedInput({ value, onCommit, validate, ...props }: DebouncedInputProps) {
  const [text, setText] = useState(value);
  // Follow the URL when it changes from outside (back button, Clear filters) without losing typing.
  const [urlValue, setUrlValue] = useState(value);
  if (value !== urlValue) {
    setUrlValue(value);
    if (value !== text.trim()) setText(value);
  }
  const problem = validate?.(text.trim());
  const commit = useDebouncedCallback((next: string) => {
    const trimmed = next.trim();
    if (!validate?.(trimmed)) onCommit(trimmed);
  }, 300);
  return (
    <TextInput
      {...props}
      value={text}
      error={problem}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
      }}
    />
  );
}
