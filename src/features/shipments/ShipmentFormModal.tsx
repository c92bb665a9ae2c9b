import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import { proposalLabContactsQuery } from '../../api/ispyb/labcontacts';
import { SHIPPING_FIELDS } from '../../api/ispyb/shippings';
import { QueryBoundary } from '../../components/QueryBoundary';
import type { SafetyLevel, Shipment } from '../../domain/shipment';
import {
  COMMENTS_MAX,
  NAME_MAX,
  shipmentChanges,
  validateShipmentDraft,
  type ShipmentChanges,
  type ShipmentDraft,
} from '../../domain/shipment-edit';
import { FormAlert } from './FormAlert';
import { useSaveForm } from './use-save-form';

export interface ShipmentFormModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  proposalName: string;
  storageKey: string;
  initial: ShipmentDraft;
  save: (changes: ShipmentChanges) => Promise<Shipment>;
  /** Defaults to closing the form. */
  onSaved?: (shipment: Shipment) => void;
  submitLabel: string;
}

const SAFETY: SafetyLevel[] = ['GREEN', 'YELLOW', 'RED'];

/** Create or edit a shipment: name, safety level, the two lab contacts, comments. */
export function ShipmentFormModal({ opened, onClose, title, ...form }: ShipmentFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <QueryBoundary loadingLabel="Loading lab contacts…">
        <ShipmentForm {...form} onClose={onClose} />
      </QueryBoundary>
    </Modal>
  );
}

function ShipmentForm({
  proposalName,
  storageKey,
  initial,
  save,
  submitLabel,
  onClose,
  onSaved = onClose,
}: Omit<ShipmentFormModalProps, 'opened' | 'title'>) {
  const http = useHttp();
  const { data: contacts } = useSuspenseQuery(proposalLabContactsQuery(http, proposalName));
  const form = useSaveForm({
    storageKey,
    initial,
    validate: validateShipmentDraft,
    wireFields: SHIPPING_FIELDS,
    save: (draft) => save(shipmentChanges(draft)),
    onSaved,
  });
  const { draft, errors } = form;
  const contactOptions = contacts.map((c) => ({
    value: String(c.id),
    label: `${c.cardName} – ${[c.givenName, c.familyName].filter(Boolean).join(' ')}`,
  }));

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="sm">
        {contacts.length === 0 && (
          <Text size="sm" c="red">
            Proposal {proposalName} has no lab contact yet. py-ispyb needs a sending and a return
            contact for every shipment: ask the proposal&apos;s main contact to add one.
          </Text>
        )}
        <TextInput
          label="Name"
          required
          maxLength={NAME_MAX + 20}
          value={draft.name}
          error={errors.name}
          onChange={(e) => form.setField('name', e.currentTarget.value)}
          data-autofocus
        />
        <NativeSelect
          label="Safety level"
          description="From the safety form of the samples"
          required
          data={[{ value: '', label: 'Choose…' }, ...SAFETY]}
          value={draft.safetyLevel}
          error={errors.safetyLevel}
          onChange={(e) =>
            form.setField('safetyLevel', SAFETY.find((s) => s === e.currentTarget.value) ?? '')
          }
        />
        <NativeSelect
          label="Sending lab contact"
          required
          data={[{ value: '', label: 'Choose…' }, ...contactOptions]}
          value={draft.sendingLabContactId}
          error={errors.sendingLabContactId}
          onChange={(e) => form.setField('sendingLabContactId', e.currentTarget.value)}
        />
        <NativeSelect
          label="Return lab contact"
          required
          data={[{ value: '', label: 'Choose…' }, ...contactOptions]}
          value={draft.returnLabContactId}
          error={errors.returnLabContactId}
          onChange={(e) => form.setField('returnLabContactId', e.currentTarget.value)}
        />
        <Textarea
          label="Comments"
          description={`${draft.comments.length} / ${COMMENTS_MAX} characters`}
          autosize
          minRows={2}
          value={draft.comments}
          error={errors.comments}
          onChange={(e) => form.setField('comments', e.currentTarget.value)}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end" gap="sm">
          <Button variant="subtle" onClick={form.discard}>
            Reset
          </Button>
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" loading={form.saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
