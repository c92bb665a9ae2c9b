import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from './RequireAuth';
import { RouteError, ScreenLoadError } from './RouteError';

/*
 * Every screen is its own chunk, loaded when its route is first visited: the first page
 * (usually the login) downloads only the shell. Add routes with `page(() => import(...))`.
 */
type PageModule = Promise<Record<string, React.ComponentType>>;

function page(
  load: () => PageModule,
  exportName: string,
): Pick<RouteObject, 'lazy' | 'errorElement'> {
  return {
    lazy: async () => {
      let module: Awaited<PageModule>;
      try {
        module = await load();
      } catch (cause) {
        // Offline, or a newer build replaced the chunk. React Router renders nothing at all for
        // a route whose `lazy` rejected, so the failure becomes the screen; its Retry reloads
        // the page, which downloads the code afresh.
        const error = new ScreenLoadError(`The ${exportName} screen could not be downloaded`, {
          cause,
        });
        return { Component: () => <RouteError error={error} /> };
      }
      const Component = module[exportName];
      if (!Component) throw new Error(`${exportName} is not exported by its module`);
      return { Component };
    },
    // A screen that throws outside its QueryBoundary: said, with a way out.
    errorElement: <RouteError />,
  };
}

export const routes: RouteObject[] = [
  { path: '/login', ...page(() => import('../features/auth/LoginPage'), 'LoginPage') },
  {
    element: <RequireAuth />,
    children: [
      {
        ...page(() => import('./layout/AppLayout'), 'AppLayout'),
        children: [
          { index: true, element: <Navigate to="/proposals" replace /> },
          {
            path: 'proposals',
            ...page(() => import('../features/proposals/ProposalsPage'), 'ProposalsPage'),
          },
          {
            path: 'proposals/:proposalName',
            ...page(() => import('../features/proposals/ProposalPage'), 'ProposalPage'),
          },
          {
            path: 'proposals/:proposalName/sessions/:sessionId',
            ...page(() => import('../features/sessions/SessionPage'), 'SessionPage'),
          },
          {
            path: 'proposals/:proposalName/sessions/:sessionId/groups/:groupId',
            ...page(() => import('../features/experiments/ExperimentPage'), 'ExperimentPage'),
          },
          {
            path: 'proposals/:proposalName/sessions/:sessionId/groups/:groupId/series',
            ...page(() => import('../features/merged/SeriesPage'), 'SeriesPage'),
          },
          {
            path: 'proposals/:proposalName/sessions/:sessionId/groups/:groupId/merges/:mergeId',
            ...page(() => import('../features/merged/MergedDatasetPage'), 'MergedDatasetPage'),
          },
          {
            path: 'proposals/:proposalName/samples/:sampleId',
            ...page(() => import('../features/samples/SamplePage'), 'SamplePage'),
          },
          {
            path: 'shipments',
            ...page(() => import('../features/shipments/ShipmentsPage'), 'ShipmentsPage'),
          },
          {
            path: 'proposals/:proposalName/shipments',
            ...page(() => import('../features/shipments/ShipmentsPage'), 'ShipmentsPage'),
          },
          {
            path: 'proposals/:proposalName/shipments/:shippingId',
            ...page(() => import('../features/shipments/ShipmentPage'), 'ShipmentPage'),
          },
          {
            path: 'proposals/:proposalName/samples',
            ...page(() => import('../features/samples/SamplesPage'), 'SamplesPage'),
          },
          {
            path: 'proposals/:proposalName/samples/import',
            ...page(
              () => import('../features/samples/import/SampleImportPage'),
              'SampleImportPage',
            ),
          },
          {
            path: 'proposals/:proposalName/proteins',
            ...page(() => import('../features/proteins/ProteinsPage'), 'ProteinsPage'),
          },
          {
            path: 'proposals/:proposalName/devices',
            ...page(() => import('../features/devices/DevicesPage'), 'DevicesPage'),
          },
          {
            path: 'plans',
            ...page(() => import('../features/planner/PlansPage'), 'PlansPage'),
          },
          {
            path: 'plans/:planId',
            ...page(() => import('../features/planner/PlanPage'), 'PlanPage'),
          },
          {
            path: '*',
            ...page(() => import('../features/errors/NotFoundPage'), 'NotFoundPage'),
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
