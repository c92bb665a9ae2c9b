import { isApiError } from '../../api/errors';

export interface SaveProblems<F extends string> {
  /** Server messages placed next to the form's fields. */
  fields: Partial<Record<F, string>>;
  /** What could not be placed next to a field (another kind of error, or an unknown `loc`). */
  general: string | undefined;
}

/**
 * A failed save as the form shows it: a 422's `detail[].loc` (`['body', 'shippingName']`)
 * mapped through `wireFields` to the form's own field; anything else as one message.
 */
export function saveProblems<F extends string>(
  error: unknown,
  wireFields: Readonly<Record<string, F>>,
): SaveProblems<F> {
  if (!isApiError(error)) {
    return { fields: {}, general: error instanceof Error ? error.message : String(error) };
  }
  if (error.kind === 'forbidden') {
    // the generic message speaks of seeing; here the user sees it but may not change it
    return {
      fields: {},
      general:
        'You may read this shipment but not change it: only members of its proposal and facility staff can.',
    };
  }
  if (error.kind !== 'validation') return { fields: {}, general: error.message };
  const fields: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const problem of error.details.problems ?? []) {
    const wire = problem.location.find((part) => part !== 'body');
    const field = typeof wire === 'string' ? wireFields[wire] : undefined;
    if (field && fields[field] === undefined) fields[field] = problem.message;
    else unplaced.push(problem.message);
  }
  const placed = Object.keys(fields).length > 0;
  return {
    fields,
    general:
      unplaced.length > 0
        ? `The server rejected the request: ${unplaced.join('; ')}`
        : placed
          ? undefined
          : error.message,
  };
}
