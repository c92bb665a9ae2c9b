import { z } from 'zod';

/** Runtime configuration, served as `config.json` next to the app: one build for every facility. */
const demoUserSchema = z.object({
  login: z.string(),
  description: z.string(),
});

export const configSchema = z.object({
  /** Base URL of py-ispyb, e.g. `/ispyb/api/v1` or `https://gateway.example.org/ispyb/api/v1`. */
  apiUrl: z.string().min(1),
  siteName: z.string().default('ISPyB'),
  /** Present when the app runs on the embedded demo ISPyB. */
  demo: z.object({ users: z.array(demoUserSchema) }).optional(),
  /** Minutes before token expiry at which the user is warned. */
  tokenWarningMinutes: z.number().positive().default(10),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseConfig(input: unknown): AppConfig {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(`config.json is invalid: ${z.prettifyError(result.error)}`);
  }
  return { ...result.data, apiUrl: result.data.apiUrl.replace(/\/+$/, '') };
}

export async function loadConfig(
  url = `${import.meta.env.BASE_URL}config.json`,
): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch {
    throw new ConfigError(`Could not load ${url}: the server did not answer.`);
  }
  if (!response.ok) throw new ConfigError(`Could not load ${url}: HTTP ${response.status}.`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ConfigError(`${url} is not valid JSON.`);
  }
  return parseConfig(json);
}
