import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useHttp } from '../../api/http-context';
import { proposalQuery } from '../../api/ispyb/proposals';
import { QueryBoundary } from '../../components/QueryBoundary';
import { EMPTY_SHIPMENT_DRAFT } from '../../domain/shipment-edit';
import { shipmentPath } from '../../lib/paths';
import { useAuthSession } from '../../lib/use-auth-session';
import { draftKey } from './drafts';
import { useCreateShipment } from './mutations';
import { ShipmentFormModal } from './ShipmentFormModal';

/** The "New shipment" form of a proposal; opens the new shipment once created. */
export function NewShipment({
  proposalName,
  onClose,
}: {
  proposalName: string;
  onClose: () => void;
}) {
  return (
    <QueryBoundary loadingLabel="Loading proposal…">
      <NewShipmentForm proposalName={proposalName} onClose={onClose} />
    </QueryBoundary>
  );
}

function NewShipmentForm({ proposalName, onClose }: { proposalName: string; onClose: () => void }) {
  const http = useHttp();
  const navigate = useNavigate();
  const login = useAuthSession()?.login ?? '';
  const { data: proposal } = useSuspenseQuery(proposalQuery(http, proposalName));
  const create = useCreateShipment(proposal.id);
  return (
    <ShipmentFormModal
      opened
      onClose={onClose}
      title={`New shipment for ${proposalName}`}
      proposalName={proposalName}
      storageKey={draftKey(login, 'shipment', `new:${proposalName}`)}
      initial={EMPTY_SHIPMENT_DRAFT}
      submitLabel="Create shipment"
      save={create.mutateAsync}
      onSaved={(shipment) => void navigate(shipmentPath(proposalName, shipment.id))}
    />
  );
}
