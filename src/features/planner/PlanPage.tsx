import { Alert, Button, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { PLANS_PATH } from '../../lib/paths';
import { PlanEditor } from './PlanEditor';
import { StorageUnavailable } from './StorageUnavailable';
import { usePlanStore } from './use-plan-store';

/** `/plans/:planId`: one run plan, from this browser's storage. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const store = usePlanStore();
  const navigate = useNavigate();
  // read once per plan: later changes from other tabs reach the editor through its subscription
  const readout = useMemo(() => store?.get(planId), [store, planId]);
  const crumbs = [{ label: 'Planner', to: PLANS_PATH }];

  if (!store || !readout) {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Run plan" />
        <StorageUnavailable />
      </>
    );
  }
  if (readout.kind === 'missing') {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Plan not found" />
        <NotFoundPanel
          title="No such plan in this browser"
          backTo={{ to: PLANS_PATH, label: 'Back to the planner' }}
        >
          Plans are kept in the browser they were made in. This one was deleted, or made in another
          browser: import its JSON file there to open it here.
        </NotFoundPanel>
      </>
    );
  }
  if (readout.kind === 'corrupt') {
    return (
      <>
        <PageHeader crumbs={crumbs} title="Plan cannot be read" />
        <Alert color="red" title="This saved plan is damaged">
          <Text size="sm">{readout.message}</Text>
          <Button
            mt="xs"
            size="xs"
            color="red"
            variant="light"
            onClick={() => {
              store.remove(planId);
              void navigate(PLANS_PATH);
            }}
          >
            Delete the damaged entry
          </Button>
        </Alert>
      </>
    );
  }
  return <PlanEditor key={planId} store={store} initial={readout.stored} />;
}
