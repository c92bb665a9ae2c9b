import type { ErrorInfo } from 'react';
import { isApiError } from '../api/errors';

/**
 * React reports every error an error boundary catches through console.error. API failures are
 * shown to the user by their ErrorPanel and are not bugs, so only unexpected errors are logged.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  if (!isApiError(error)) console.error(error, info.componentStack);
}
