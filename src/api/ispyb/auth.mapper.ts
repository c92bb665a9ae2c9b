import type { CurrentUser } from '../../domain/person';
import type { AuthConfigDto, CurrentUserDto } from './auth.dto';

/** Sign-in methods the client can drive: password plugins, or SSO plugins that take a token. */
export interface AuthPlugin {
  name: string;
  kind: 'password' | 'token';
}

const TOKEN_PLUGINS = new Set(['keycloak']);

export function mapAuthConfig(dto: AuthConfigDto): AuthPlugin[] {
  return dto.plugins.map((p) => ({
    name: p.name,
    kind: TOKEN_PLUGINS.has(p.name) ? 'token' : 'password',
  }));
}

export function mapCurrentUser(dto: CurrentUserDto): CurrentUser {
  return {
    personId: dto.personId,
    login: dto.login,
    givenName: dto.givenName ?? undefined,
    familyName: dto.familyName ?? undefined,
    permissions: dto.Permissions,
    beamlineGroups: dto.beamLineGroups,
    beamlines: dto.beamLines,
  };
}
