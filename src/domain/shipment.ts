export type SafetyLevel = 'GREEN' | 'YELLOW' | 'RED';

export interface LabContactSummary {
  cardName: string;
  givenName: string;
  familyName: string;
}

export interface Shipment {
  id: number;
  proposalId: number;
  name: string;
  safetyLevel: SafetyLevel | undefined;
  comments: string | undefined;
  createdAt: Date | undefined;
  sendingLabContactId: number | undefined;
  returnLabContactId: number | undefined;
  sendingContact: LabContactSummary | undefined;
  returnContact: LabContactSummary | undefined;
  dewarCount: number | undefined;
}

export interface Dewar {
  id: number;
  shipmentId: number;
  code: string;
  type: string | undefined;
  shipmentName: string;
  proposalId: number;
}

export interface Container {
  id: number;
  dewarId: number;
  code: string;
  type: string;
  sampleChangerLocation: string | undefined;
  beamlineLocation: string | undefined;
  dewarCode: string;
  shipmentName: string;
  proposalId: number;
}

export interface LabContact {
  id: number;
  proposalId: number;
  cardName: string;
  givenName: string;
  familyName: string;
  email: string | undefined;
  phone: string | undefined;
  laboratory: string | undefined;
  // Optional so code that builds contacts by hand (forms, demo data) need not fill them.
  personId?: number | undefined;
  /** Laboratory address lines, as typed (may contain newlines). */
  address?: string | undefined;
  city?: string | undefined;
  country?: string | undefined;
  /** py-ispyb spells the field `defaultCourrierCompany`. */
  courierCompany?: string | undefined;
  courierAccount?: string | undefined;
  billingReference?: string | undefined;
  /** Average customs / transport value of a dewar, in the facility's currency. */
  dewarAvgCustomsValue?: number | undefined;
  dewarAvgTransportValue?: number | undefined;
  updatedAt?: Date | undefined;
}
