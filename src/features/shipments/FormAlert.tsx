import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A save that failed for a reason tied to no field; what was typed is still in the form. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title="Not saved"
      role="alert"
    >
      <Text size="sm">{message}</Text>
      <Text size="sm">Your input is kept: correct it or try again.</Text>
    </Alert>
  );
}
