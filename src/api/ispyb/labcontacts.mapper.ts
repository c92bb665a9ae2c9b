import type { LabContact } from '../../domain/shipment';
import { opt } from './common.mapper';
import { parseIspybWallClock } from './dates';
import type { LabContactDto } from './labcontacts.dto';

export function mapLabContact(dto: LabContactDto): LabContact {
  const lab = dto.Person.Laboratory;
  return {
    id: dto.labContactId,
    proposalId: dto.proposalId,
    cardName: dto.cardName,
    givenName: dto.Person.givenName ?? '',
    familyName: dto.Person.familyName ?? '',
    email: opt(dto.Person.emailAddress),
    phone: opt(dto.Person.phoneNumber),
    laboratory: opt(lab?.name),
    personId: dto.personId,
    address: opt(lab?.address),
    city: opt(lab?.city),
    country: opt(lab?.country),
    courierCompany: opt(dto.defaultCourrierCompany),
    courierAccount: opt(dto.courierAccount),
    billingReference: opt(dto.billingReference),
    dewarAvgCustomsValue: opt(dto.dewarAvgCustomsValue),
    dewarAvgTransportValue: opt(dto.dewarAvgTransportValue),
    // wall clock on purpose: the `+00:00` on detail responses is spurious (see dates.ts)
    updatedAt: parseIspybWallClock(dto.recordTimeStamp),
  };
}
