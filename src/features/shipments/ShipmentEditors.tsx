import { Autocomplete, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { CONTAINER_FIELDS } from '../../api/ispyb/containers';
import type { Container, Dewar, Shipment } from '../../domain/shipment';
import {
  containerChanges,
  containerToDraft,
  NAME_MAX,
  shipmentToDraft,
  validateContainerDraft,
  validateDewarDraft,
  type ContainerDraft,
  type DewarDraft,
} from '../../domain/shipment-edit';
import { useUrlState } from '../../lib/url-state';
import { useAuthSession } from '../../lib/use-auth-session';
import { draftKey } from './drafts';
import { editUrlCodec } from './edit-url';
import { FormAlert } from './FormAlert';
import {
  useCreateContainer,
  useCreateDewar,
  useUpdateContainer,
  useUpdateDewar,
  useUpdateShipment,
} from './mutations';
import { ShipmentFormModal } from './ShipmentFormModal';
import { useSaveForm, type SaveForm } from './use-save-form';

export interface ShipmentEditorsProps {
  proposalName: string;
  shipment: Shipment;
  dewars: Dewar[];
  containers: Container[];
}

/** The form named by `?edit=` (see edit-url.ts), so it survives a reload and a re-login. */
export function ShipmentEditors({
  proposalName,
  shipment,
  dewars,
  containers,
}: ShipmentEditorsProps) {
  const [{ edit }, setEdit] = useUrlState(editUrlCodec);
  const login = useAuthSession()?.login ?? '';
  const close = () => setEdit({ edit: undefined });
  const updateShipment = useUpdateShipment(shipment.id);
  if (!edit) return null;

  switch (edit.kind) {
    case 'shipment':
      return (
        <ShipmentFormModal
          opened
          onClose={close}
          title={`Edit ${shipment.name}`}
          proposalName={proposalName}
          storageKey={draftKey(login, 'shipment', shipment.id)}
          initial={shipmentToDraft(shipment)}
          save={updateShipment.mutateAsync}
          submitLabel="Save shipment"
        />
      );
    case 'new-dewar':
      return (
        <DewarModal
          title="Add a dewar"
          storageKey={draftKey(login, 'dewar', `new:${shipment.id}`)}
          initial={{ code: '' }}
          shippingId={shipment.id}
          onClose={close}
        />
      );
    case 'dewar': {
      const dewar = dewars.find((d) => d.id === edit.id);
      if (!dewar) return null; // not in this shipment (stale URL): nothing to edit
      return (
        <DewarModal
          title={`Rename dewar ${dewar.code}`}
          storageKey={draftKey(login, 'dewar', dewar.id)}
          initial={{ code: dewar.code }}
          shippingId={shipment.id}
          dewarId={dewar.id}
          onClose={close}
        />
      );
    }
    case 'new-container': {
      const dewar = dewars.find((d) => d.id === edit.dewarId);
      if (!dewar) return null;
      return (
        <ContainerModal
          title={`Add a container to dewar ${dewar.code}`}
          storageKey={draftKey(login, 'container', `new:${dewar.id}`)}
          initial={{ code: '', type: '', beamlineLocation: '', sampleChangerLocation: '' }}
          proposalName={proposalName}
          dewarId={dewar.id}
          onClose={close}
        />
      );
    }
    case 'container': {
      const container = containers.find((c) => c.id === edit.id);
      if (!container) return null;
      return (
        <ContainerModal
          title={`Edit container ${container.code}`}
          storageKey={draftKey(login, 'container', container.id)}
          initial={containerToDraft(container)}
          proposalName={proposalName}
          dewarId={container.dewarId}
          containerId={container.id}
          onClose={close}
        />
      );
    }
    default:
      return null;
  }
}

const DEWAR_WIRE = { code: 'code' } as const;

function DewarModal({
  title,
  storageKey,
  initial,
  shippingId,
  dewarId,
  onClose,
}: {
  title: string;
  storageKey: string;
  initial: DewarDraft;
  shippingId: number;
  dewarId?: number;
  onClose: () => void;
}) {
  const create = useCreateDewar(shippingId);
  const update = useUpdateDewar(shippingId);
  const form = useSaveForm({
    storageKey,
    initial,
    validate: validateDewarDraft,
    wireFields: DEWAR_WIRE,
    save: ({ code }) =>
      dewarId === undefined
        ? create.mutateAsync(code.trim())
        : update.mutateAsync({ dewarId, code: code.trim() }),
    onSaved: onClose,
  });
  return (
    <EditorModal title={title} form={form} onClose={onClose}>
      <TextInput
        label="Code"
        description="As written on the dewar"
        required
        maxLength={NAME_MAX + 20}
        value={form.draft.code}
        error={form.errors.code}
        onChange={(e) => form.setField('code', e.currentTarget.value)}
        data-autofocus
      />
    </EditorModal>
  );
}

const CONTAINER_TYPES = ['Unipuck', 'Spinepuck', 'Tube rack', 'Box', 'Plate'];

function ContainerModal({
  title,
  storageKey,
  initial,
  proposalName,
  dewarId,
  containerId,
  onClose,
}: {
  title: string;
  storageKey: string;
  initial: ContainerDraft;
  proposalName: string;
  dewarId: number;
  containerId?: number;
  onClose: () => void;
}) {
  const create = useCreateContainer(proposalName);
  const update = useUpdateContainer(proposalName);
  const form = useSaveForm({
    storageKey,
    initial,
    validate: validateContainerDraft,
    wireFields: CONTAINER_FIELDS,
    save: (draft) =>
      containerId === undefined
        ? create.mutateAsync({ dewarId, changes: containerChanges(draft) })
        : update.mutateAsync({ containerId, changes: containerChanges(draft) }),
    onSaved: onClose,
  });
  const { draft, errors } = form;
  return (
    <EditorModal title={title} form={form} onClose={onClose}>
      <TextInput
        label="Code"
        description="As written on the container"
        required
        value={draft.code}
        error={errors.code}
        onChange={(e) => form.setField('code', e.currentTarget.value)}
        data-autofocus
      />
      <Autocomplete
        label="Type"
        description="Free text in ISPyB; pick or type"
        required
        data={CONTAINER_TYPES}
        value={draft.type}
        error={errors.type}
        onChange={(value) => form.setField('type', value)}
      />
      <TextInput
        label="Beamline"
        description="Optional: where the container is to be used"
        value={draft.beamlineLocation}
        error={errors.beamlineLocation}
        onChange={(e) => form.setField('beamlineLocation', e.currentTarget.value)}
      />
      <TextInput
        label="Sample changer position"
        description="Optional: set by the facility"
        value={draft.sampleChangerLocation}
        error={errors.sampleChangerLocation}
        onChange={(e) => form.setField('sampleChangerLocation', e.currentTarget.value)}
      />
    </EditorModal>
  );
}

/** The frame shared by the dewar and container forms, so they save, fail and close alike. */
function EditorModal<D extends object>({
  title,
  form,
  onClose,
  children,
}: {
  title: string;
  form: SaveForm<D>;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          <FormAlert message={form.general} />
          <Group justify="flex-end" gap="sm">
            <Button variant="subtle" onClick={form.discard}>
              Reset
            </Button>
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={form.saving}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
