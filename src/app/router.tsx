import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from './RequireAuth';

/*
 * Every screen is its own chunk, loaded when its route is first visited: the first page
 * (usually the login) downloads only the shell. Add routes with `page(() => import(...))`.
 */
type PageModule = Promise<Record<string, React.ComponentType>>;

function page(load: () => PageModule, exportName: string): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const module = await load();
      const Component = module[exportName];
      if (!Component) throw new Error(`${exportName} is not exported by its module`);
      return { Component };
    },
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
