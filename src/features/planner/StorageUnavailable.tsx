import { Alert, Text } from '@mantine/core';

/** Storage blocked by the browser (private mode, policy): plans cannot be kept. */
export function StorageUnavailable() {
  return (
    <Alert color="red" title="This browser does not allow saving plans">
      <Text size="sm">
        Plans are kept in the browser’s local storage, which is blocked here (a private window or a
        browser policy). Allow site data for this address, or use another browser.
      </Text>
    </Alert>
  );
}
