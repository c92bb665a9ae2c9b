import type { LabContactSummary, SafetyLevel, Shipment } from '../../domain/shipment';
import { opt } from './common.mapper';
import { parseIspybWallClock } from './dates';
import type { ShippingDto, ShippingLabContactDto } from './shippings.dto';

const SAFETY_LEVELS: readonly SafetyLevel[] = ['GREEN', 'YELLOW', 'RED'];

export function mapSafetyLevel(value: string | null | undefined): SafetyLevel | undefined {
  const upper = value?.trim().toUpperCase();
  return SAFETY_LEVELS.find((level) => level === upper);
}

export function mapLabContactSummary(
  dto: ShippingLabContactDto | null | undefined,
): LabContactSummary | undefined {
  if (!dto) return undefined;
  return {
    cardName: dto.cardName,
    givenName: dto.Person.givenName ?? '',
    familyName: dto.Person.familyName ?? '',
  };
}

export function mapShipment(dto: ShippingDto): Shipment {
  return {
    id: dto.shippingId,
    proposalId: dto.proposalId,
    name: dto.shippingName,
    safetyLevel: mapSafetyLevel(dto.safetyLevel),
    comments: opt(dto.comments),
    // wall clock on purpose: the `+00:00` on detail responses is spurious (see dates.ts)
    createdAt: dto.bltimeStamp ? parseIspybWallClock(dto.bltimeStamp) : undefined,
    sendingLabContactId: opt(dto.sendingLabContactId),
    returnLabContactId: opt(dto.returnLabContactId),
    sendingContact: mapLabContactSummary(dto.LabContact1),
    returnContact: mapLabContactSummary(dto.LabContact),
    dewarCount: opt(dto._metadata?.dewars),
  };
}
