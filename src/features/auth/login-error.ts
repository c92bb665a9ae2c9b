import { isApiError } from '../../api/errors';
import { describeError, type ErrorDescription } from '../../components/describe-error';

/** A failed sign-in in words; py-ispyb says 401 for wrong credentials and for unknown users. */
export function describeLoginError(error: unknown): ErrorDescription {
  if (isApiError(error) && error.kind === 'unauthorized') {
    const server = error.details.serverMessage;
    return {
      title: 'Unknown user or wrong password',
      message: server
        ? `The server said: “${server}”. Check your login and password, then try again.`
        : 'Check your login and password, then try again.',
    };
  }
  return describeError(error);
}
