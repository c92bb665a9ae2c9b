import { z } from 'zod';
import { ispybDateTime, paginated } from './common.dto';

export const laboratorySchema = z.object({
  laboratoryId: z.number(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  url: z.string().nullable(),
  laboratoryExtPk: z.number().nullable(),
  recordTimeStamp: ispybDateTime.nullable(),
});

export const labContactSchema = z.object({
  labContactId: z.number(),
  personId: z.number(),
  proposalId: z.number(),
  cardName: z.string(),
  /** sic: py-ispyb's spelling */
  defaultCourrierCompany: z.string().nullable(),
  courierAccount: z.string().nullable(),
  billingReference: z.string().nullable(),
  dewarAvgCustomsValue: z.number().nullable(),
  dewarAvgTransportValue: z.number().nullable(),
  /** `+00:00` appended on a top-level object only (see `parseIspybWallClock`). */
  recordTimeStamp: ispybDateTime,
  Person: z.object({
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    emailAddress: z.string().nullable(),
    phoneNumber: z.string().nullable(),
    Laboratory: laboratorySchema.nullable(),
  }),
});

export const labContactPageSchema = paginated(labContactSchema);

export type LabContactDto = z.infer<typeof labContactSchema>;
