import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RequireAuth } from './RequireAuth';
import { LoginPage } from '../features/auth/LoginPage';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { ProposalPage } from '../features/proposals/ProposalPage';
import { ProposalsPage } from '../features/proposals/ProposalsPage';
import { SessionPage } from '../features/sessions/SessionPage';
import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/proposals" replace /> },
          { path: 'proposals', element: <ProposalsPage /> },
          { path: 'proposals/:proposalName', element: <ProposalPage /> },
          { path: 'proposals/:proposalName/sessions/:sessionId', element: <SessionPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
