import { Group, NumberInput, Select } from '@mantine/core';
import { TIME_UNITS, type TimeUnit, type TimeValue } from '../../domain/plan';

export interface TimeInputProps {
  label: string;
  value: TimeValue;
  onChange: (value: TimeValue) => void;
  error?: string | undefined;
  description?: string | undefined;
  required?: boolean;
}

const UNIT_OPTIONS = TIME_UNITS.map((u) => ({ value: u, label: u }));

/**
 * A time as a number and a unit (ns, µs, ms, s), kept as typed. The unit sits inside the
 * number's own wrapper, so the label, the checks (error, description) and the number stay
 * linked for screen readers.
 */
export function TimeInput({
  label,
  value,
  onChange,
  error,
  description,
  required,
}: TimeInputProps) {
  return (
    <NumberInput
      label={label}
      required={required}
      error={error}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      value={value.value ?? ''}
      onChange={(v) => onChange({ ...value, value: typeof v === 'number' ? v : undefined })}
      decimalScale={6}
      hideControls
      inputContainer={(input) => (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <div style={{ flex: 1, minWidth: 0 }}>{input}</div>
          <Select
            aria-label={`${label} unit`}
            data={UNIT_OPTIONS}
            value={value.unit ?? null}
            onChange={(u) => onChange({ ...value, unit: (u as TimeUnit | null) ?? undefined })}
            placeholder="unit"
            error={Boolean(error)}
            w={76}
            allowDeselect
          />
        </Group>
      )}
    />
  );
}
