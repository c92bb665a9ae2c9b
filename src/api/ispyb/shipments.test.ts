import { describe, expect, it } from 'vitest';
import { containerPageSchema, containerSchema } from './containers.dto';
import { mapContainer } from './containers.mapper';
import { mapPage } from './common.mapper';
import { dewarPageSchema, dewarSchema } from './dewars.dto';
import { mapDewar } from './dewars.mapper';
import { labContactPageSchema, labContactSchema } from './labcontacts.dto';
import { mapLabContact } from './labcontacts.mapper';
import { shippingPageSchema, shippingSchema } from './shippings.dto';
import { mapSafetyLevel, mapShipment } from './shippings.mapper';
import { branchResponse, firstIssuePath, recorded } from '../../testing/fixtures';

describe('shippings', () => {
  it('maps the recorded list (no contacts, no safety level)', () => {
    const page = mapPage(shippingPageSchema.parse(recorded('shippings')), mapShipment);
    expect(page).toMatchObject({ total: 1, skip: 0, limit: 25 });
    expect(page.items).toEqual([
      {
        id: 1,
        proposalId: 1,
        name: 'blc00001-1_Shipment1',
        safetyLevel: undefined,
        comments: undefined,
        createdAt: new Date(2020, 5, 16, 15, 42, 44),
        sendingLabContactId: undefined,
        returnLabContactId: undefined,
        sendingContact: undefined,
        returnContact: undefined,
        dewarCount: 1,
      },
    ]);
  });

  it('gives the detail (with its spurious +00:00) the same date as the list', () => {
    const detail = mapShipment(shippingSchema.parse(recorded('shipping-detail')));
    const listed = mapShipment(
      shippingSchema.parse((recorded('shippings') as { results: unknown[] }).results[0]),
    );
    expect(detail.createdAt).toEqual(listed.createdAt);
    expect(detail.createdAt).toEqual(new Date(2020, 5, 16, 15, 42, 44));
  });

  it('maps contacts on master: LabContact is the return contact, LabContact1 the sending one', () => {
    const [shipment] = mapPage(
      shippingPageSchema.parse(branchResponse('master', '/shippings?proposal=MX1234')),
      mapShipment,
    ).items;
    expect(shipment).toMatchObject({
      name: 'Jan-2023 SSX',
      safetyLevel: 'GREEN',
      comments: 'Chips in dry ice',
      createdAt: new Date(2023, 0, 10, 9, 0, 0),
      sendingLabContactId: 1,
      returnLabContactId: 1,
      sendingContact: { cardName: 'Ada-Lab', givenName: 'Ada', familyName: 'Lovelace' },
      returnContact: { cardName: 'Ada-Lab', givenName: 'Ada', familyName: 'Lovelace' },
      dewarCount: 1,
    });
    const detail = mapShipment(
      shippingSchema.parse(branchResponse('master-extra', '/shippings/1')),
    );
    expect(detail).toEqual(shipment);
  });

  it('tells the two contacts apart', () => {
    const dto = shippingSchema.parse({
      ...(branchResponse('master-extra', '/shippings/1') as object),
      LabContact: { cardName: 'Return', Person: { givenName: 'R', familyName: 'R' } },
      LabContact1: { cardName: 'Sending', Person: { givenName: 'S', familyName: 'S' } },
    });
    const shipment = mapShipment(dto);
    expect(shipment.sendingContact?.cardName).toBe('Sending');
    expect(shipment.returnContact?.cardName).toBe('Return');
  });

  it('keeps known safety levels only', () => {
    expect(mapSafetyLevel('yellow')).toBe('YELLOW');
    expect(mapSafetyLevel('PURPLE')).toBeUndefined();
    expect(mapSafetyLevel(null)).toBeUndefined();
  });

  it('names the field of a contract violation', () => {
    const detail = structuredClone(branchResponse('master-extra', '/shippings/1')) as Record<
      string,
      unknown
    >;
    delete detail.shippingName;
    expect(firstIssuePath(shippingSchema.safeParse(detail))).toBe('shippingName');
    const page = structuredClone(recorded('shippings')) as { results: [Record<string, unknown>] };
    page.results[0].bltimeStamp = '16/06/2020';
    expect(firstIssuePath(shippingPageSchema.safeParse(page))).toBe('results[0].bltimeStamp');
  });
});

describe('dewars', () => {
  it('maps the recorded list and detail', () => {
    const expected = {
      id: 1,
      shipmentId: 1,
      code: 'blc00001-1_Dewar1',
      type: undefined,
      shipmentName: 'blc00001-1_Shipment1',
      proposalId: 1,
    };
    expect(mapPage(dewarPageSchema.parse(recorded('dewars')), mapDewar).items).toEqual([expected]);
    expect(mapDewar(dewarSchema.parse(recorded('dewar-detail')))).toEqual(expected);
  });

  it('maps the master captures', () => {
    const [listed] = mapPage(
      dewarPageSchema.parse(branchResponse('master', '/dewars?proposal=MX1234')),
      mapDewar,
    ).items;
    expect(listed).toEqual({
      id: 1,
      shipmentId: 1,
      code: 'DEWAR-1',
      type: undefined,
      shipmentName: 'Jan-2023 SSX',
      proposalId: 1,
    });
    expect(mapDewar(dewarSchema.parse(branchResponse('master-extra', '/dewars/1')))).toEqual(
      listed,
    );
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(recorded('dewar-detail')) as { Shipping: Record<string, unknown> };
    delete dto.Shipping.shippingName;
    expect(firstIssuePath(dewarSchema.safeParse(dto))).toBe('Shipping.shippingName');
  });
});

describe('containers', () => {
  it('maps the recorded list', () => {
    expect(mapPage(containerPageSchema.parse(recorded('containers')), mapContainer).items).toEqual([
      {
        id: 1,
        dewarId: 1,
        code: 'blc00001-1_Container1',
        type: 'Box',
        sampleChangerLocation: '1',
        beamlineLocation: 'bl',
        dewarCode: 'blc00001-1_Dewar1',
        shipmentName: 'blc00001-1_Shipment1',
        proposalId: 1,
      },
    ]);
  });

  it('maps the master and ssx-webservice captures alike', () => {
    for (const branch of ['master', 'ssx-webservice'] as const) {
      const [container] = mapPage(
        containerPageSchema.parse(branchResponse(branch, '/containers?proposal=MX1234')),
        mapContainer,
      ).items;
      expect(container).toMatchObject({
        code: 'PUCK-1',
        type: 'Unipuck',
        sampleChangerLocation: '3',
        beamlineLocation: 'ID29',
        dewarCode: 'DEWAR-1',
      });
    }
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(
      (recorded('containers') as { results: Record<string, unknown>[] }).results[0],
    ) as Record<string, unknown>;
    dto.containerType = null;
    expect(firstIssuePath(containerSchema.safeParse(dto))).toBe('containerType');
  });
});

describe('lab contacts', () => {
  it('maps the recorded list', () => {
    expect(
      mapPage(labContactPageSchema.parse(recorded('labcontacts')), mapLabContact).items,
    ).toEqual([
      {
        id: 273118,
        proposalId: 9096,
        cardName: 'PASTEUR',
        givenName: 'Louis',
        familyName: 'PASTEUR',
        email: 'test@test.test',
        phone: '+123456789',
        laboratory: 'Lab0',
        personId: 404290,
        address: '71 avenue des Martyrs\nCS 40220\n38043\n',
        city: 'GRENOBLE',
        country: 'FR',
        courierCompany: undefined,
        courierAccount: undefined,
        billingReference: undefined,
        dewarAvgCustomsValue: 0,
        dewarAvgTransportValue: 0,
        updatedAt: new Date(2022, 4, 10, 7, 59, 33),
      },
    ]);
  });

  it('maps the master list and detail (detail dates carry +00:00)', () => {
    const [listed] = mapPage(
      labContactPageSchema.parse(branchResponse('master', '/labcontacts?proposal=MX1234')),
      mapLabContact,
    ).items;
    expect(listed).toMatchObject({
      id: 1,
      cardName: 'Ada-Lab',
      email: 'ada@example.org',
      phone: undefined,
      laboratory: 'Institut Demo',
      city: 'Grenoble',
      courierCompany: 'DHL',
      dewarAvgCustomsValue: 100,
      updatedAt: new Date(2026, 10, 24, 2, 13, 23),
    });
    const detail = mapLabContact(
      labContactSchema.parse(branchResponse('master-extra', '/labcontacts/1')),
    );
    expect(detail.updatedAt).toEqual(new Date(2026, 10, 24, 2, 16, 45));
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(branchResponse('master-extra', '/labcontacts/1')) as {
      Person: Record<string, unknown>;
    };
    delete dto.Person.emailAddress;
    expect(firstIssuePath(labContactSchema.safeParse(dto))).toBe('Person.emailAddress');
  });
});
