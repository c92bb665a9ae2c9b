import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPanel } from './ErrorPanel';
import { LoadingState } from './LoadingState';

export interface QueryBoundaryProps {
  children: ReactNode;
  /** Inputs of the queries inside (e.g. route params): a change clears a shown error. */
  resetKeys?: readonly unknown[];
  /** Loading text, e.g. "Loading sessions…". */
  loadingLabel?: string;
  /** Replaces the default `ErrorPanel`, e.g. for a friendlier 404. */
  renderError?: (error: unknown, retry: () => void) => ReactNode;
}

/**
 * One async region: Suspense while its `useSuspenseQuery` hooks load, an error panel with Retry
 * when they fail. A failing region leaves the rest of the page usable.
 */
export function QueryBoundary({
  children,
  resetKeys,
  loadingLabel,
  renderError,
}: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={resetKeys}
          fallback={(error, retry) =>
            renderError ? renderError(error, retry) : <ErrorPanel error={error} onRetry={retry} />
          }
        >
          <Suspense fallback={<LoadingState label={loadingLabel} />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
