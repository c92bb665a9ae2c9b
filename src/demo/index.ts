/**
 * The embedded demo ISPyB: a deterministic dataset and a fetch-style py-ispyb look-alike.
 * `node-adapter.ts` (Node only) is deliberately not re-exported, so this entry stays browser-safe.
 */

export { generateDataset, type GenerateDatasetOptions } from './dataset';
export type * from './dataset.types';
export { API_ROOT, createDemoApi, type DemoApi, type DemoApiOptions } from './handlers';
export { FAULT_COOKIE, FAULT_HEADER, type FaultController, type FaultSpec } from './faults';

/** The seed of the published demo (and of the e2e suite). */
export const DEMO_SEED = 2532;

export interface DemoUser {
  login: string;
  description: string;
}

/** Who can sign in to the demo (any password); shown on the login page and in the README. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    login: 'scientist',
    description:
      'Elena Marchetti, user scientist: member of MX2532 (PI), MX2601 and LS3180, and of a single MX2610 session.',
  },
  {
    login: 'visitor',
    description: 'Tomas Novak, registered but on no proposal: sees nothing.',
  },
  {
    login: 'staff',
    description:
      'Grace Okafor, facility staff: every proposal, plus options, activity, persons and SSX sync permissions.',
  },
  {
    login: 'blsci',
    description: 'Julien Moreau, beamline scientist (mx_admin): every session on ID29 and ID30A-3.',
  },
];
