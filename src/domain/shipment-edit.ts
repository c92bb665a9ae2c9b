import type { Container, Dewar, SafetyLevel, Shipment } from './shipment';

/*
 * What the edit forms hold: strings as typed (so a draft can be kept and restored verbatim),
 * validated here before anything is sent. Limits are the ISPyB column sizes (varchar(45) names
 * and codes, varchar(255) comments), so the database never truncates silently.
 */

export const NAME_MAX = 45;
export const COMMENTS_MAX = 255;

export interface ShipmentDraft {
  name: string;
  safetyLevel: SafetyLevel | '';
  /** Lab contact id as a string (a select's value); `''` for none chosen. */
  sendingLabContactId: string;
  returnLabContactId: string;
  comments: string;
}

export interface DewarDraft {
  code: string;
}

export interface ContainerDraft {
  code: string;
  /** Free text in ISPyB: `Unipuck`, `Tube rack`, `Box`… */
  type: string;
  beamlineLocation: string;
  sampleChangerLocation: string;
}

export type FieldErrors<D> = Partial<Record<keyof D, string>>;

/** A shipment to create or change, with the ids parsed: what the API layer sends. */
export interface ShipmentChanges {
  name: string;
  safetyLevel: SafetyLevel;
  sendingLabContactId: number;
  returnLabContactId: number;
  comments: string;
}

export interface ContainerChanges {
  code: string;
  type: string;
  beamlineLocation: string | undefined;
  sampleChangerLocation: string | undefined;
}

export const EMPTY_SHIPMENT_DRAFT: ShipmentDraft = {
  name: '',
  safetyLevel: '',
  sendingLabContactId: '',
  returnLabContactId: '',
  comments: '',
};

export function shipmentToDraft(shipment: Shipment): ShipmentDraft {
  return {
    name: shipment.name,
    safetyLevel: shipment.safetyLevel ?? '',
    sendingLabContactId: shipment.sendingLabContactId?.toString() ?? '',
    returnLabContactId: shipment.returnLabContactId?.toString() ?? '',
    comments: shipment.comments ?? '',
  };
}

export function dewarToDraft(dewar: Dewar): DewarDraft {
  return { code: dewar.code };
}

export function containerToDraft(container: Container): ContainerDraft {
  return {
    code: container.code,
    type: container.type,
    beamlineLocation: container.beamlineLocation ?? '',
    sampleChangerLocation: container.sampleChangerLocation ?? '',
  };
}

function required(value: string, what: string, max = NAME_MAX): string | undefined {
  if (value.trim() === '') return `Enter ${what}.`;
  if (value.trim().length > max) return `At most ${max} characters (${value.trim().length} now).`;
  return undefined;
}

function compact<D>(errors: FieldErrors<D>): FieldErrors<D> {
  return Object.fromEntries(
    Object.entries(errors).filter(([, message]) => message !== undefined),
  ) as FieldErrors<D>;
}

export function validateShipmentDraft(draft: ShipmentDraft): FieldErrors<ShipmentDraft> {
  return compact<ShipmentDraft>({
    name: required(draft.name, 'a name for the shipment'),
    // py-ispyb documents GREEN as the default but answers 500 when it is left out: always chosen
    safetyLevel: draft.safetyLevel === '' ? 'Choose a safety level.' : undefined,
    sendingLabContactId:
      draft.sendingLabContactId === '' ? 'Choose who sends the shipment.' : undefined,
    returnLabContactId:
      draft.returnLabContactId === '' ? 'Choose who the shipment returns to.' : undefined,
    comments:
      draft.comments.length > COMMENTS_MAX
        ? `At most ${COMMENTS_MAX} characters (${draft.comments.length} now).`
        : undefined,
  });
}

export function validateComments(comments: string): string | undefined {
  return validateShipmentDraft({ ...EMPTY_SHIPMENT_DRAFT, comments }).comments;
}

export function validateDewarDraft(draft: DewarDraft): FieldErrors<DewarDraft> {
  return compact<DewarDraft>({ code: required(draft.code, 'the code written on the dewar') });
}

export function validateContainerDraft(draft: ContainerDraft): FieldErrors<ContainerDraft> {
  const short = (value: string) =>
    value.trim().length > 20 ? `At most 20 characters (${value.trim().length} now).` : undefined;
  return compact<ContainerDraft>({
    code: required(draft.code, 'the code written on the container'),
    type: required(draft.type, 'the container type', 20),
    beamlineLocation: short(draft.beamlineLocation),
    sampleChangerLocation: short(draft.sampleChangerLocation),
  });
}

/** A valid draft as changes to send; call after `validateShipmentDraft` found nothing. */
export function shipmentChanges(draft: ShipmentDraft): ShipmentChanges {
  if (draft.safetyLevel === '') throw new Error('safety level not chosen');
  return {
    name: draft.name.trim(),
    safetyLevel: draft.safetyLevel,
    sendingLabContactId: Number(draft.sendingLabContactId),
    returnLabContactId: Number(draft.returnLabContactId),
    comments: draft.comments,
  };
}

export function containerChanges(draft: ContainerDraft): ContainerChanges {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    code: draft.code.trim(),
    type: draft.type.trim(),
    beamlineLocation: optional(draft.beamlineLocation),
    sampleChangerLocation: optional(draft.sampleChangerLocation),
  };
}
