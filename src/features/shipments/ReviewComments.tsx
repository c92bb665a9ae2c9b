import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { Shipment } from '../../domain/shipment';
import { COMMENTS_MAX, validateComments } from '../../domain/shipment-edit';
import { useAuthSession } from '../../lib/use-auth-session';
import { draftKey } from './drafts';
import { FormAlert } from './FormAlert';
import { useUpdateShipment } from './mutations';
import { useSaveForm } from './use-save-form';

const WIRE = { comments: 'comments' } as const;

/**
 * The shipment's comments, editable in place: what users tell the facility, and what staff
 * note while reviewing. Saved with `PATCH /shippings/{id}` (optimistic, rolled back on failure).
 */
export function ReviewComments({ shipment }: { shipment: Shipment }) {
  const login = useAuthSession()?.login ?? '';
  const update = useUpdateShipment(shipment.id);
  const initial = useMemo(() => ({ comments: shipment.comments ?? '' }), [shipment.comments]);
  const [saved, setSaved] = useState(false);
  const form = useSaveForm({
    storageKey: draftKey(login, 'comments', shipment.id),
    initial,
    validate: ({ comments }) => {
      const problem = validateComments(comments);
      return problem ? { comments: problem } : {};
    },
    wireFields: WIRE,
    save: ({ comments }) => update.mutateAsync({ comments }),
    onSaved: () => setSaved(true),
  });
  const headingId = useId();
  const changed = form.draft.comments !== (shipment.comments ?? '');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <form
        onSubmit={(event) => {
          setSaved(false);
          form.onSubmit(event);
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id={headingId}>
            Comments
          </Title>
          <Textarea
            label="Comments for the facility and review notes"
            description={`${form.draft.comments.length} / ${COMMENTS_MAX} characters`}
            autosize
            minRows={3}
            value={form.draft.comments}
            error={form.errors.comments}
            onChange={(e) => {
              setSaved(false);
              form.setField('comments', e.currentTarget.value);
            }}
          />
          <FormAlert message={form.general} />
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {saved && !changed
                ? 'Comments saved.'
                : changed
                  ? 'Unsaved changes (kept in this tab).'
                  : ''}
            </Text>
            <Group gap="sm">
              <Button variant="subtle" onClick={form.discard} disabled={!changed}>
                Discard changes
              </Button>
              <Button type="submit" loading={form.saving} disabled={!changed}>
                Save comments
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
