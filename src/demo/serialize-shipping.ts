import type { DatasetIndex } from './dataset-index';
import type { ContainerRow, DewarRow, LabContactRow, ShippingRow } from './dataset.types';

/**
 * Shipments, dewars, containers and lab contacts (contract-notes 3.5–3.6).
 * `zone`: a top-level Shipping or LabContact (GET by id) is written with `+00:00` appended by the
 * real server, while the same object inside a paginated list is not.
 */

function stamp(value: string | null, zone: boolean): string | null {
  return value !== null && zone ? `${value}+00:00` : value;
}

function shortContact(db: DatasetIndex, labContactId: number | null) {
  const contact = labContactId === null ? undefined : db.labContacts.get(labContactId);
  const person = contact ? db.persons.get(contact.personId) : undefined;
  if (!contact || !person) return null;
  return {
    cardName: contact.cardName,
    Person: { givenName: person.givenName, familyName: person.familyName },
  };
}

export function serializeShipping(db: DatasetIndex, shipping: ShippingRow, zone = false) {
  return {
    proposalId: shipping.proposalId,
    shippingName: shipping.shippingName,
    sendingLabContactId: shipping.sendingLabContactId,
    returnLabContactId: shipping.returnLabContactId,
    safetyLevel: shipping.safetyLevel,
    comments: shipping.comments,
    shippingId: shipping.shippingId,
    bltimeStamp: stamp(shipping.bltimeStamp, zone),
    _metadata: { dewars: (db.dewarsByShipping.get(shipping.shippingId) ?? []).length },
    // ispyb-models: `LabContact` joins returnLabContactId, `LabContact1` sendingLabContactId
    // (the server's OpenAPI titles agree; docs/architecture.md, "Shipment contacts").
    LabContact: shortContact(db, shipping.returnLabContactId),
    LabContact1: shortContact(db, shipping.sendingLabContactId),
  };
}

function shippingRef(db: DatasetIndex, shippingId: number) {
  const shipping = db.shippings.get(shippingId);
  return { proposalId: shipping?.proposalId ?? 0, shippingName: shipping?.shippingName ?? '' };
}

export function serializeDewar(db: DatasetIndex, dewar: DewarRow) {
  return {
    shippingId: dewar.shippingId,
    code: dewar.code,
    // Not a database column in py-ispyb's models: always null on the real server.
    dewarType: null,
    dewarId: dewar.dewarId,
    Shipping: shippingRef(db, dewar.shippingId),
  };
}

export function serializeContainer(db: DatasetIndex, container: ContainerRow) {
  const dewar = db.dewars.get(container.dewarId);
  return {
    code: container.code,
    dewarId: container.dewarId,
    containerType: container.containerType,
    sampleChangerLocation: container.sampleChangerLocation,
    beamlineLocation: container.beamlineLocation,
    containerId: container.containerId,
    Dewar: { code: dewar?.code ?? '', Shipping: shippingRef(db, dewar?.shippingId ?? 0) },
  };
}

export function serializeLabContact(db: DatasetIndex, contact: LabContactRow, zone = false) {
  const person = db.persons.get(contact.personId);
  const lab = person?.laboratoryId == null ? undefined : db.laboratories.get(person.laboratoryId);
  return {
    proposalId: contact.proposalId,
    cardName: contact.cardName,
    defaultCourrierCompany: contact.defaultCourrierCompany,
    courierAccount: contact.courierAccount,
    billingReference: contact.billingReference,
    dewarAvgCustomsValue: contact.dewarAvgCustomsValue,
    dewarAvgTransportValue: contact.dewarAvgTransportValue,
    Person: {
      givenName: person?.givenName ?? '',
      familyName: person?.familyName ?? '',
      emailAddress: person?.emailAddress ?? null,
      phoneNumber: person?.phoneNumber ?? null,
      Laboratory: lab
        ? {
            name: lab.name,
            address: lab.address,
            city: lab.city,
            country: lab.country,
            url: lab.url,
            laboratoryExtPk: lab.laboratoryExtPk,
            laboratoryId: lab.laboratoryId,
            recordTimeStamp: stamp(lab.recordTimeStamp, zone),
          }
        : null,
    },
    labContactId: contact.labContactId,
    personId: contact.personId,
    recordTimeStamp: stamp(contact.recordTimeStamp, zone),
  };
}
