import {
  Alert,
  Button,
  FileButton,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Title,
  Anchor,
} from '@mantine/core';
import { IconCopy, IconFileImport, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { DEVICE_KIND_LABELS, emptyPlan, type Plan } from '../../domain/plan';
import { planPath } from '../../lib/paths';
import { parsePlanJson } from '../../lib/plan-store-schema';
import {
  newPlanId,
  PLAN_KEY_PREFIX,
  type PlanEntry,
  type PlanStore,
  type SaveResult,
} from '../../lib/plan-store';
import { useAuthSession } from '../../lib/use-auth-session';
import { useUrlState } from '../../lib/url-state';
import { NO_PROPOSAL, plansUrlCodec } from './plans-url';
import { readFileText } from './read-file';
import { StorageUnavailable } from './StorageUnavailable';
import { usePlanStore } from './use-plan-store';

/** `/plans`: the run plans kept in this browser, per proposal. */
export function PlansPage() {
  const store = usePlanStore();
  const login = useAuthSession()?.login ?? '';
  return (
    <>
      <PageHeader
        title="Planner"
        subtitle="Run plans for time-resolved experiments, kept in this browser."
      />
      {store ? <PlansScreen store={store} login={login} /> : <StorageUnavailable />}
    </>
  );
}

function saveProblem(result: SaveResult): string | undefined {
  switch (result.kind) {
    case 'saved':
      return undefined;
    case 'full':
      return 'The browser’s storage is full: delete plans you no longer need, then try again.';
    case 'conflict':
      return 'A plan with this id already exists.';
    case 'failed':
      return result.message;
  }
}

function PlansScreen({ store, login }: { store: PlanStore; login: string }) {
  const navigate = useNavigate();
  const [{ proposal }, setUrl] = useUrlState(plansUrlCodec);
  const [entries, setEntries] = useState(() => store.list(login));
  const [problem, setProblem] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<Plan | undefined>();

  // another tab adds, changes or deletes plans: the list follows
  useEffect(() => {
    const refresh = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(PLAN_KEY_PREFIX))
        setEntries(store.list(login));
    };
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [store, login]);

  const create = (plan: Plan) => {
    const result = store.save(plan, 0);
    const message = saveProblem(result);
    if (message) setProblem(message);
    else void navigate(planPath(plan.id));
  };

  const importFile = async (file: File | null) => {
    if (!file) return;
    setProblem(undefined);
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setProblem(`${file.name}: the file could not be read.`);
      return;
    }
    const read = parsePlanJson(text);
    if (!read.ok) {
      setProblem(`${file.name}: ${read.message}`);
      return;
    }
    // an import never replaces a plan already here: a plan with the same id becomes a copy
    const exists = store.get(read.plan.id).kind !== 'missing';
    const now = new Date().toISOString();
    create({
      ...read.plan,
      id: exists ? newPlanId() : read.plan.id,
      name: exists ? `${read.plan.name} (imported)` : read.plan.name,
      owner: login,
      updatedAt: now,
    });
  };

  const duplicate = (plan: Plan) => {
    const now = new Date().toISOString();
    const copy = {
      ...plan,
      id: newPlanId(),
      name: `${plan.name} (copy)`,
      createdAt: now,
      updatedAt: now,
    };
    const message = saveProblem(store.save(copy, 0));
    if (message) setProblem(message);
    setEntries(store.list(login));
  };

  const plans = entries.filter((e): e is Extract<PlanEntry, { kind: 'plan' }> => e.kind === 'plan');
  const corrupt = entries.filter(
    (e): e is Extract<PlanEntry, { kind: 'corrupt' }> => e.kind === 'corrupt',
  );
  const proposals = [
    ...new Set(plans.map((e) => e.stored.plan.proposalName ?? NO_PROPOSAL)),
  ].sort();
  const shown = proposal ? proposals.filter((p) => p === proposal) : proposals;

  return (
    <Stack gap="lg">
      <Group gap="xs" align="flex-end">
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            create(
              emptyPlan(
                newPlanId(),
                login,
                new Date(),
                proposal && proposal !== NO_PROPOSAL ? proposal : undefined,
              ),
            )
          }
        >
          New plan
        </Button>
        <FileButton onChange={(f) => void importFile(f)} accept="application/json,.json">
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              Import plan (JSON)
            </Button>
          )}
        </FileButton>
        {proposals.length > 1 && (
          <Select
            label="Proposal"
            data={[
              { value: '', label: 'All proposals' },
              ...proposals.map((p) => ({ value: p, label: p })),
            ]}
            value={proposal}
            onChange={(v) => setUrl({ proposal: v ?? '' })}
            allowDeselect={false}
            w={220}
          />
        )}
      </Group>
      {problem && (
        <Alert
          color="red"
          title="That did not work"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setProblem(undefined)}
        >
          {problem}
        </Alert>
      )}
      {corrupt.map((e) => (
        <Alert key={e.id} color="orange" title={`A saved plan cannot be read (${e.id})`}>
          <Text size="sm">
            {e.message} It may come from an older or newer version of ispyb-web, or was edited by
            hand.
          </Text>
          <Button
            size="xs"
            variant="light"
            color="red"
            mt="xs"
            onClick={() => {
              store.remove(e.id);
              setEntries(store.list(login));
            }}
          >
            Delete this entry
          </Button>
        </Alert>
      ))}
      {plans.length === 0 && (
        <EmptyState title="No plans yet">
          Start a new plan, or import a plan file. Plans are kept in this browser and listed here
          per proposal.
        </EmptyState>
      )}
      {shown.map((name) => (
        <ProposalPlans
          key={name}
          name={name}
          plans={plans.filter((e) => (e.stored.plan.proposalName ?? NO_PROPOSAL) === name)}
          onDuplicate={duplicate}
          onDelete={setDeleting}
        />
      ))}
      <Modal
        opened={deleting !== undefined}
        onClose={() => setDeleting(undefined)}
        title="Delete this plan?"
      >
        <Stack>
          <Text size="sm">
            “{deleting?.name}” is removed from this browser. Download it first to keep a copy.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(undefined)}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (deleting) store.remove(deleting.id);
                setDeleting(undefined);
                setEntries(store.list(login));
              }}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

interface ProposalPlansProps {
  name: string;
  plans: Extract<PlanEntry, { kind: 'plan' }>[];
  onDuplicate: (plan: Plan) => void;
  onDelete: (plan: Plan) => void;
}

function ProposalPlans({ name, plans, onDuplicate, onDelete }: ProposalPlansProps) {
  const heading = useId();
  return (
    <Stack component="section" aria-labelledby={heading} gap="xs">
      <Title order={2} size="h3" id={heading}>
        {name}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {plans.map(({ id, stored: { plan, revision } }) => {
          const runs = Math.max(1, plan.delays.length);
          return (
            <Paper component="li" key={id} withBorder p="sm" radius="md">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Anchor
                    component={Link}
                    to={planPath(id)}
                    fw={600}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {plan.name || 'Untitled plan'}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {DEVICE_KIND_LABELS[plan.device.kind]} · {runs} {runs === 1 ? 'run' : 'runs'}
                    {plan.sampleName ? ` · ${plan.sampleName}` : ''} · changed{' '}
                    {formatDateTime(new Date(plan.updatedAt))} · revision {revision}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconCopy size={14} aria-hidden />}
                    onClick={() => onDuplicate(plan)}
                    aria-label={`Duplicate ${plan.name}`}
                  >
                    Duplicate
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => onDelete(plan)}
                    aria-label={`Delete ${plan.name}`}
                  >
                    Delete
                  </Button>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
