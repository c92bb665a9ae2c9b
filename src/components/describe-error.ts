import { isApiError } from '../api/errors';

export interface ErrorDescription {
  title: string;
  message: string;
}

/** What to tell the user about a failure, per kind of `ApiError`; plain errors as "unexpected". */
export function describeError(error: unknown): ErrorDescription {
  if (!isApiError(error)) {
    return {
      title: 'Unexpected error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const server = error.details.serverMessage;
  const status = error.status === undefined ? '' : ` (HTTP ${error.status})`;
  switch (error.kind) {
    case 'network':
      return {
        title: 'Cannot reach the ISPyB server',
        message: 'The server did not answer. Check your network connection, then retry.',
      };
    case 'timeout':
      return {
        title: 'The ISPyB server took too long to answer',
        message: `${error.message} It may be busy: retry in a moment.`,
      };
    case 'unauthorized':
      return {
        title: 'Your session has ended',
        message: 'Sign in again to continue where you were.',
      };
    case 'forbidden':
      return {
        title: 'Permission needed',
        message: `You lack a permission: ${server ?? 'the server did not say which'}.`,
      };
    case 'not-found':
      return {
        title: 'Not found',
        message: 'It does not exist, or you do not have access to it.',
      };
    case 'validation':
      return {
        title: 'The server rejected the request',
        message: error.details.problems?.length
          ? 'These values were not accepted:'
          : (server ?? error.message),
      };
    case 'server':
      return {
        title: `The ISPyB server failed${status}`,
        message: server ? `The server said: “${server}”` : 'The server gave no explanation.',
      };
    case 'http':
      return {
        title: `Unexpected answer from the ISPyB server${status}`,
        message: server ? `The server said: “${server}”` : 'The server gave no explanation.',
      };
    case 'malformed':
      return {
        title: 'The server sent data that is not valid JSON',
        message: 'Often a proxy or gateway answered instead of ISPyB. Retry, or tell the facility.',
      };
    case 'contract':
      return {
        title: "The server's answer does not match the ISPyB contract",
        message: error.message,
      };
  }
}
