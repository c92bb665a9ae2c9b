import { z } from 'zod';
import { ispybDateTime, paginated } from './common.dto';

/** Name-only view of a lab contact, nested in a Shipping. */
export const shippingLabContactSchema = z.object({
  cardName: z.string(),
  Person: z.object({
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
  }),
});

export const shippingSchema = z.object({
  shippingId: z.number(),
  proposalId: z.number(),
  shippingName: z.string(),
  sendingLabContactId: z.number().nullable(),
  returnLabContactId: z.number().nullable(),
  /**
   * Documented as GREEN | YELLOW | RED, but the column is free text in the database: accepted as
   * any string here, unknown values are dropped by the mapper.
   */
  safetyLevel: z.string().nullable(),
  comments: z.string().nullable(),
  /** Zone-less in lists, `+00:00` appended on a top-level object (see `parseIspybWallClock`). */
  bltimeStamp: ispybDateTime.nullable(),
  _metadata: z.object({ dewars: z.number().nullable() }).nullable().optional(),
  /**
   * ispyb-models name the relationships after the foreign keys' order: `LabContact` joins
   * `returnLabContactId` and `LabContact1` joins `sendingLabContactId` (the server's own OpenAPI
   * titles agree: "Return Lab Contact" / "Sending Lab Contact").
   */
  LabContact: shippingLabContactSchema.nullable(),
  LabContact1: shippingLabContactSchema.nullable(),
});

export const shippingPageSchema = paginated(shippingSchema);

export type ShippingDto = z.infer<typeof shippingSchema>;
export type ShippingLabContactDto = z.infer<typeof shippingLabContactSchema>;
