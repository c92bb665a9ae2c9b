import { describe, expect, it } from 'vitest';
import {
  containerChanges,
  EMPTY_SHIPMENT_DRAFT,
  shipmentChanges,
  validateContainerDraft,
  validateDewarDraft,
  validateShipmentDraft,
} from './shipment-edit';

describe('shipment form checks', () => {
  it('asks for every required field before sending', () => {
    expect(Object.keys(validateShipmentDraft(EMPTY_SHIPMENT_DRAFT))).toEqual([
      'name',
      'safetyLevel',
      'sendingLabContactId',
      'returnLabContactId',
    ]);
  });

  it('keeps names and comments within the ISPyB columns', () => {
    const draft = {
      name: 'x'.repeat(46),
      safetyLevel: 'GREEN' as const,
      sendingLabContactId: '1',
      returnLabContactId: '2',
      comments: 'c'.repeat(256),
    };
    expect(validateShipmentDraft(draft)).toEqual({
      name: 'At most 45 characters (46 now).',
      comments: 'At most 255 characters (256 now).',
    });
    expect(validateShipmentDraft({ ...draft, name: ' ok ', comments: '' })).toEqual({});
    expect(shipmentChanges({ ...draft, name: ' ok ', comments: '' })).toEqual({
      name: 'ok',
      safetyLevel: 'GREEN',
      sendingLabContactId: 1,
      returnLabContactId: 2,
      comments: '',
    });
  });

  it('checks dewar and container drafts and drops empty optional fields', () => {
    expect(validateDewarDraft({ code: '  ' })).toEqual({
      code: 'Enter the code written on the dewar.',
    });
    const container = {
      code: 'PUCK-1',
      type: '',
      beamlineLocation: 'x'.repeat(21),
      sampleChangerLocation: '',
    };
    expect(Object.keys(validateContainerDraft(container))).toEqual(['type', 'beamlineLocation']);
    expect(
      containerChanges({ ...container, type: ' Unipuck ', beamlineLocation: ' ID29 ' }),
    ).toEqual({
      code: 'PUCK-1',
      type: 'Unipuck',
      beamlineLocation: 'ID29',
      sampleChangerLocation: undefined,
    });
  });
});
