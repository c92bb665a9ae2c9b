/** Plans for tests: a fixed clock and predictable editor keys, so results compare exactly. */
import { emptyPlan, type Plan } from './plan';
import { expandTemplate, type PlanTemplateId } from './plan-templates';

/** `k1`, `k2`… for the editor keys of events and delays. */
export function sequentialKeys(prefix = 'k'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${n}`;
  };
}

export const FIXTURE_NOW = new Date('2026-11-24T12:00:00Z');

export function testPlan(overrides: Partial<Plan> = {}): Plan {
  return { ...emptyPlan('p1', 'efgh', FIXTURE_NOW, 'MX2532'), ...overrides };
}

/** A plan started from a template, on a full Oxford chip (25 600 positions). */
export function templatePlan(id: PlanTemplateId, overrides: Partial<Plan> = {}): Plan {
  return testPlan({ ...expandTemplate(id, 25_600, sequentialKeys()), ...overrides });
}
