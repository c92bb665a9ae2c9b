import type { Dewar } from '../../domain/shipment';
import { opt } from './common.mapper';
import type { DewarDto } from './dewars.dto';

export function mapDewar(dto: DewarDto): Dewar {
  return {
    id: dto.dewarId,
    shipmentId: dto.shippingId,
    code: dto.code,
    type: opt(dto.dewarType),
    shipmentName: dto.Shipping.shippingName,
    proposalId: dto.Shipping.proposalId,
  };
}
