import { openapiDocument } from '../../demo/openapi-document';
import type { DemoApi } from '../../demo';

/** Makes the demo's `openapi.json` leave out the merged-datasets extension, as a plain py-ispyb. */
export function withoutMergesExtension(demo: DemoApi): void {
  const paths = Object.fromEntries(
    Object.entries(openapiDocument.paths).filter(([path]) => !path.includes('/ssx/merges')),
  );
  demo.faults.add({
    id: 'no-merges-extension',
    path: '^/openapi\\.json$',
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ ...openapiDocument, paths }),
  });
}
