import { EXTENSIONS } from './extensions';
import base from './openapi.json';

/** The union of the py-ispyb lines (openapi.json) plus the ispyb-web extensions the demo serves. */
export const openapiDocument = {
  ...base,
  paths: Object.assign({}, base.paths, ...EXTENSIONS.map((e) => e.openapi.paths)) as Record<
    string,
    unknown
  >,
  components: {
    ...base.components,
    schemas: Object.assign(
      {},
      base.components.schemas,
      ...EXTENSIONS.map((e) => e.openapi.schemas),
    ) as Record<string, unknown>,
  },
};
