import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '../http';
import { authConfigSchema, currentUserSchema, tokenResponseSchema } from './auth.dto';
import { mapAuthConfig, mapCurrentUser } from './auth.mapper';

export const authConfigQuery = (http: HttpClient) =>
  queryOptions({
    queryKey: ['auth', 'config'],
    queryFn: async ({ signal }) =>
      mapAuthConfig(await http.get('/auth/config', authConfigSchema, { signal })),
    staleTime: Infinity,
  });

export const currentUserQuery = (http: HttpClient, login: string) =>
  queryOptions({
    queryKey: ['user', login],
    queryFn: async ({ signal }) =>
      mapCurrentUser(await http.get('/user/current', currentUserSchema, { signal })),
    staleTime: 5 * 60_000,
  });

export interface Credentials {
  plugin: string;
  login: string;
  password: string;
}

export async function logIn(http: HttpClient, credentials: Credentials) {
  return http.send('POST', '/auth/login', credentials, tokenResponseSchema);
}
