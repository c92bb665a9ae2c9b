/** A field-level validation problem, from py-ispyb's 422 body. */
export interface FieldProblem {
  /** e.g. `['query', 'month']` or `['body', 'shippingName']` */
  location: (string | number)[];
  message: string;
}

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'server'
  | 'http'
  | 'malformed'
  | 'contract';

/** Every failure of a request to the ISPyB API, typed so the UI can say what happened. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: {
      status?: number;
      url?: string;
      /** Server's `detail` text when it sent one. */
      serverMessage?: string;
      problems?: FieldProblem[];
      /** Path of the field that violated the contract, e.g. `results[3].startDate`. */
      field?: string;
    } = {},
  ) {
    super(message);
  }

  get status(): number | undefined {
    return this.details.status;
  }

  /** Worth retrying as is: the same request may succeed later. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'server' ||
      this.kind === 'http'
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
