import { Alert } from '@mantine/core';

/** Said once, plainly, wherever the extension would have been used. */
export function NoMergesNotice() {
  return (
    <Alert color="gray" variant="light" title="Merged datasets are not provided by this server">
      This ISPyB server does not offer the merged-datasets extension (<code>GET /ssx/merges</code>
      ), so which runs were merged and the per-shell statistics of merged datasets cannot be shown.
      Below is what the server does provide: each run’s hits and indexed patterns, grouped by delay,
      and the scaling statistics of its automatic processing where it has them.
    </Alert>
  );
}
