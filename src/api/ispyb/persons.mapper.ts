import type { Person } from '../../domain/person';
import type { PersonDto } from './persons.dto';

export function mapPerson(dto: PersonDto): Person {
  return {
    id: dto.personId,
    givenName: dto.givenName ?? '',
    familyName: dto.familyName ?? '',
    role: dto._metadata?.role ?? undefined,
    remote: dto._metadata?.remote ?? undefined,
    sessionCount: dto._metadata?.sessions ?? undefined,
  };
}
