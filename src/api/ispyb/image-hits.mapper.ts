import type { PositionHits, RunImageHits } from '../../domain/image-hits';
import type { PositionHitsDto, RunImageHitsDto } from './image-hits.dto';

function mapPosition(dto: PositionHitsDto): PositionHits {
  const { apertureRow: row, apertureColumn: column } = dto;
  return {
    block: dto.blockNumber,
    // an aperture needs both coordinates; half an address is read as a per-block count
    aperture:
      row === null || row === undefined || column === null || column === undefined
        ? undefined
        : { row, column },
    images: dto.images,
    hits: dto.nbHits,
    indexed: dto.nbIndexed,
  };
}

/** Batches are sorted by first image: the contract does not promise an order. */
export function mapRunImageHits(dto: RunImageHitsDto): RunImageHits {
  return {
    dataCollectionId: dto.dataCollectionId,
    batchSize: dto.batchSize,
    images: dto.numberOfImages,
    hits: dto.nbHits,
    indexed: dto.nbIndexed,
    batches: dto.batches
      .map((b) => ({
        imageStart: b.imageStart,
        imageEnd: b.imageEnd,
        images: b.images,
        hits: b.nbHits,
        indexed: b.nbIndexed,
      }))
      .sort((a, b) => a.imageStart - b.imageStart),
    positions: dto.positions ? dto.positions.map(mapPosition) : undefined,
  };
}
