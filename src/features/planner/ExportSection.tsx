import { Button, Group, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { Plan } from '../../domain/plan';
import type { EstimateResult } from '../../domain/plan-estimates';
import { webserviceBodies } from '../../domain/plan-webservice';
import { downloadBlob, safeFileName } from '../../lib/download';
import { planToJson } from '../../lib/plan-store-schema';

export interface ExportSectionProps {
  plan: Plan;
  estimate: EstimateResult;
  headingId: string;
}

const json = (value: unknown) =>
  new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });

/** The plan as a file to keep or share, and as py-ispyb SSX webservice request bodies. */
export function ExportSection({ plan, estimate, headingId }: ExportSectionProps) {
  const [groupId, setGroupId] = useState<number | undefined>(undefined);
  const result = webserviceBodies(
    plan,
    estimate.kind === 'ok' ? estimate.estimate : undefined,
    groupId ?? 0,
  );
  const base = safeFileName('plan', plan.name || plan.id);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id={headingId}>
        Export
      </Title>
      <Group gap="xs">
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() =>
            downloadBlob(new Blob([planToJson(plan)], { type: 'application/json' }), `${base}.json`)
          }
        >
          Download plan (JSON)
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        The plan file can be imported back on the Planner page (format in docs/plan-schema.md).
      </Text>
      <Title order={3} size="h4">
        py-ispyb SSX webservice
      </Title>
      <Text size="sm">
        A control system first sends <code>POST /webservices/ssx/datacollectiongroup</code>, which
        answers the new group id, then one <code>POST /webservices/ssx/datacollection</code> per run
        with that id.
      </Text>
      {result.kind === 'incomplete' ? (
        <List size="sm" c="red">
          {result.missing.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() =>
                downloadBlob(
                  json(result.bodies.datacollectiongroup),
                  `${base}-datacollectiongroup.json`,
                )
              }
            >
              Group body
            </Button>
          </Group>
          <Group gap="xs" align="flex-end">
            <NumberInput
              label="Group id (the group request’s answer)"
              value={groupId ?? ''}
              min={1}
              allowDecimal={false}
              onChange={(v) => setGroupId(typeof v === 'number' && v >= 1 ? v : undefined)}
              w={300}
              maw="100%"
            />
            <Button
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              disabled={groupId === undefined}
              onClick={() =>
                downloadBlob(json(result.bodies.datacollections), `${base}-datacollections.json`)
              }
            >
              Data collection bodies ({result.bodies.datacollections.length})
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
