import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import {
  createContainer,
  proposalContainersQuery,
  updateContainer,
} from '../../api/ispyb/containers';
import { createDewar, shipmentDewarsQuery, updateDewar } from '../../api/ispyb/dewars';
import { createShipment, shipmentQuery, updateShipment } from '../../api/ispyb/shippings';
import type { Container, Dewar, Shipment } from '../../domain/shipment';
import type { ContainerChanges, ShipmentChanges } from '../../domain/shipment-edit';

/*
 * Writes. Edits of existing rows are optimistic: the cache shows the change at once and is put
 * back as it was when the server refuses (`onMutate` / `onError`); creations wait for the
 * server's id. Lists are refetched afterwards either way.
 */

function invalidateLists(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['shipments', 'list'] });
}

export function useCreateShipment(proposalId: number) {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ShipmentChanges) => createShipment(http, proposalId, changes),
    onSuccess: (shipment) => {
      queryClient.setQueryData(shipmentQuery(http, shipment.id).queryKey, shipment);
      return invalidateLists(queryClient);
    },
  });
}

export function useUpdateShipment(shippingId: number) {
  const http = useHttp();
  const queryClient = useQueryClient();
  const { queryKey } = shipmentQuery(http, shippingId);
  return useMutation({
    mutationFn: (changes: Partial<ShipmentChanges>) => updateShipment(http, shippingId, changes),
    onMutate: async (changes) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        const optimistic: Shipment = {
          ...previous,
          name: changes.name ?? previous.name,
          safetyLevel: changes.safetyLevel ?? previous.safetyLevel,
          comments: changes.comments ?? previous.comments,
        };
        queryClient.setQueryData(queryKey, optimistic);
      }
      return { previous };
    },
    onError: (_error, _changes, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (shipment) => queryClient.setQueryData(queryKey, shipment),
    onSettled: () => invalidateLists(queryClient),
  });
}

export function useCreateDewar(shippingId: number) {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => createDewar(http, shippingId, code),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shipmentDewarsQuery(http, shippingId).queryKey }),
        queryClient.invalidateQueries({ queryKey: shipmentQuery(http, shippingId).queryKey }),
        invalidateLists(queryClient),
      ]),
  });
}

export function useUpdateDewar(shippingId: number) {
  const http = useHttp();
  const queryClient = useQueryClient();
  const { queryKey } = shipmentDewarsQuery(http, shippingId);
  return useMutation({
    mutationFn: ({ dewarId, code }: { dewarId: number; code: string }) =>
      updateDewar(http, dewarId, code),
    onMutate: async ({ dewarId, code }) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        queryClient.setQueryData(
          queryKey,
          previous.map((d): Dewar => (d.id === dewarId ? { ...d, code } : d)),
        );
      }
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useCreateContainer(proposalName: string) {
  const http = useHttp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ dewarId, changes }: { dewarId: number; changes: ContainerChanges }) =>
      createContainer(http, dewarId, changes),
    // Refetched even after a failure: real py-ispyb inserts the row, then answers 500.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: proposalContainersQuery(http, proposalName).queryKey,
        }),
        invalidateLists(queryClient),
      ]),
  });
}

export function useUpdateContainer(proposalName: string) {
  const http = useHttp();
  const queryClient = useQueryClient();
  const { queryKey } = proposalContainersQuery(http, proposalName);
  return useMutation({
    mutationFn: ({ containerId, changes }: { containerId: number; changes: ContainerChanges }) =>
      updateContainer(http, containerId, changes),
    onMutate: async ({ containerId, changes }) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        queryClient.setQueryData(
          queryKey,
          previous.map((c): Container =>
            c.id === containerId
              ? {
                  ...c,
                  code: changes.code,
                  type: changes.type,
                  beamlineLocation: changes.beamlineLocation,
                  sampleChangerLocation: changes.sampleChangerLocation,
                }
              : c,
          ),
        );
      }
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey }), invalidateLists(queryClient)]),
  });
}
