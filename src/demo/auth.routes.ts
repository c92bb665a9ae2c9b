import { HttpError, jsonResponse, ValidationError } from './http.util';
import { signToken } from './jwt';
import { openapiDocument } from './openapi-document';
import { PAGING, pageOf, parseQuery } from './query.util';
import { publicRoute, route, type Route } from './router';
import { hasPermission, permissionsOf } from './visibility';

/** Token lifetime of every shipped py-ispyb config (TOKEN_EXP_TIME = 300 minutes). */
export const TOKEN_LIFETIME_SECONDS = 5 * 60 * 60;

async function readLoginBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError([
      {
        loc: ['body', 0],
        msg: 'Expecting value: line 1 column 1 (char 0)',
        type: 'value_error.jsondecode',
      },
    ]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError([
      { loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' },
    ]);
  }
  return body as Record<string, unknown>;
}

const optionsOf = (motd: string, beamLineGroups: unknown) => ({ motd, beamLineGroups });

export const authRoutes: Route[] = [
  publicRoute('GET', '/openapi.json', () => jsonResponse(openapiDocument)),

  publicRoute('GET', '/auth/config', () =>
    jsonResponse({ plugins: [{ name: 'dummy', config: {} }] }),
  ),

  publicRoute('POST', '/auth/login', async ({ request, db, tokenNow, secret }) => {
    const body = await readLoginBody(request);
    // Dummy plugin: any password; only the login must exist in Person.
    if (body.plugin !== 'dummy' || typeof body.login !== 'string' || body.login === '') {
      throw new HttpError(401, 'Could not verify');
    }
    const person = db.personsByLogin.get(body.login);
    if (!person) throw new HttpError(401, 'User does not exist in database.');
    const permissions = permissionsOf(db, person.personId);
    const iat = Math.floor(tokenNow.getTime() / 1000);
    const token = await signToken(
      {
        login: body.login,
        personId: person.personId,
        permissions,
        iat,
        exp: iat + TOKEN_LIFETIME_SECONDS,
      },
      secret,
    );
    return jsonResponse({ login: body.login, token, permissions }, 201);
  }),

  route('GET', '/user/current', ({ viewer }) =>
    jsonResponse({
      givenName: viewer.person.givenName,
      familyName: viewer.person.familyName,
      login: viewer.login,
      Permissions: viewer.permissions,
      personId: viewer.person.personId,
      beamLineGroups: viewer.beamLineGroups,
      beamLines: [...viewer.beamLines],
    }),
  ),

  route('GET', '/options/ui', ({ db }) =>
    jsonResponse(optionsOf(db.data.motd, db.data.beamLineGroups)),
  ),

  route('GET', '/options', ({ db, viewer }) => {
    if (!hasPermission(viewer, 'manage_options')) throw new HttpError(403, 'Not Authorized');
    return jsonResponse({
      ...optionsOf(db.data.motd, db.data.beamLineGroups),
      query_debug: false,
      enable_legacy_routes: true,
      enable_webservice_routes: true,
      create_person_on_missing: false,
    });
  }),

  route('GET', '/admin/activity', ({ query, viewer }) => {
    if (!hasPermission(viewer, 'view_activity')) throw new HttpError(403, 'Not Authorized');
    const { skip, limit } = pageOf(
      parseQuery(query, {
        ...PAGING,
        action_type: { kind: 'enum', values: ['db_options', 'online'] },
      }),
    );
    return jsonResponse({ total: 0, results: [], skip, limit });
  }),
];
