import { z } from 'zod';

export const authConfigSchema = z.object({
  plugins: z.array(
    z.object({ name: z.string(), config: z.record(z.string(), z.unknown()).nullable().optional() }),
  ),
});

export const tokenResponseSchema = z.object({
  login: z.string(),
  token: z.string().min(1),
  permissions: z.array(z.string()),
});

export const currentUserSchema = z.object({
  personId: z.number(),
  login: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  /** Capital P: py-ispyb's own spelling. */
  Permissions: z.array(z.string()),
  beamLineGroups: z.array(z.string()).default([]),
  beamLines: z.array(z.string()).default([]),
});

export type AuthConfigDto = z.infer<typeof authConfigSchema>;
export type CurrentUserDto = z.infer<typeof currentUserSchema>;
