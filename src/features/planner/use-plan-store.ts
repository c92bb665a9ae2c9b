import { useMemo } from 'react';
import { browserPlanStore, type PlanStore } from '../../lib/plan-store';

/** This browser's plan store; `undefined` where the browser blocks storage. */
export function usePlanStore(): PlanStore | undefined {
  return useMemo(() => browserPlanStore(), []);
}
