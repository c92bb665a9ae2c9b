import { issuesAt, type PlanField, type PlanIssue } from '../../domain/plan-checks';

/**
 * The checks of one field as Mantine input props: errors in `error` (red, announced with the
 * field through aria-describedby), warnings in `description`.
 */
export function fieldIssueProps(
  issues: readonly PlanIssue[],
  at: PlanField,
): { error: string | undefined; description: string | undefined } {
  const found = issuesAt(issues, at);
  const text = (severity: PlanIssue['severity']) =>
    found
      .filter((i) => i.severity === severity)
      .map((i) => i.message)
      .join(' ') || undefined;
  return { error: text('error'), description: text('warning') };
}
