import type { Container } from '../../domain/shipment';
import { opt } from './common.mapper';
import type { ContainerDto } from './containers.dto';

export function mapContainer(dto: ContainerDto): Container {
  return {
    id: dto.containerId,
    dewarId: dto.dewarId,
    code: dto.code,
    type: dto.containerType,
    sampleChangerLocation: opt(dto.sampleChangerLocation),
    beamlineLocation: opt(dto.beamlineLocation),
    dewarCode: dto.Dewar.code,
    shipmentName: dto.Dewar.Shipping.shippingName,
    proposalId: dto.Dewar.Shipping.proposalId,
  };
}
