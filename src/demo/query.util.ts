import { ValidationError, type ValidationIssue } from './http.util';

/**
 * Query and path parameter validation with pydantic v1's messages (what FastAPI 0.92 answers),
 * so a client's 422 handling is exercised against the demo exactly as against the real server.
 */

interface IntSpec {
  kind: 'int';
  required?: boolean;
  /** `ge` */
  min?: number;
  /** `gt` */
  exclusiveMin?: number;
}
interface BoolSpec {
  kind: 'bool';
  required?: boolean;
}
interface StringSpec {
  kind: 'string';
  required?: boolean;
  /** Python regex source, reported verbatim in the message. */
  pattern?: string;
}
interface EnumSpec {
  kind: 'enum';
  required?: boolean;
  values: readonly string[];
}

export type ParamSpec = IntSpec | BoolSpec | StringSpec | EnumSpec;
type ValueOf<P extends ParamSpec> = P extends IntSpec
  ? number
  : P extends BoolSpec
    ? boolean
    : string;
export type ParsedParams<S extends Record<string, ParamSpec>> = {
  [K in keyof S]: ValueOf<S[K]> | undefined;
};

export const PROPOSAL_PATTERN = '^(\\w|-)+\\d+$';
export const SESSION_PATTERN = '^(\\w|-)+\\d+-\\d+$';
export const ID_LIST_PATTERN = '^\\d+(,\\d+)*$';

export const PAGING = {
  skip: { kind: 'int', min: 0 },
  limit: { kind: 'int', exclusiveMin: 0 },
} as const satisfies Record<string, ParamSpec>;

const TRUE_VALUES = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE_VALUES = new Set(['0', 'off', 'f', 'false', 'n', 'no']);

function check(
  name: string,
  raw: string,
  spec: ParamSpec,
  location: 'query' | 'path',
  issues: ValidationIssue[],
): number | boolean | string | undefined {
  const loc = [location, name];
  switch (spec.kind) {
    case 'int': {
      if (!/^\s*[+-]?\d+\s*$/.test(raw)) {
        issues.push({ loc, msg: 'value is not a valid integer', type: 'type_error.integer' });
        return undefined;
      }
      const value = Number.parseInt(raw, 10);
      if (spec.min !== undefined && value < spec.min) {
        issues.push({
          loc,
          msg: `ensure this value is greater than or equal to ${spec.min}`,
          type: 'value_error.number.not_ge',
          ctx: { limit_value: spec.min },
        });
        return undefined;
      }
      if (spec.exclusiveMin !== undefined && value <= spec.exclusiveMin) {
        issues.push({
          loc,
          msg: `ensure this value is greater than ${spec.exclusiveMin}`,
          type: 'value_error.number.not_gt',
          ctx: { limit_value: spec.exclusiveMin },
        });
        return undefined;
      }
      return value;
    }
    case 'bool': {
      const lowered = raw.trim().toLowerCase();
      if (TRUE_VALUES.has(lowered)) return true;
      if (FALSE_VALUES.has(lowered)) return false;
      issues.push({ loc, msg: 'value could not be parsed to a boolean', type: 'type_error.bool' });
      return undefined;
    }
    case 'enum': {
      if (spec.values.includes(raw)) return raw;
      issues.push({
        loc,
        msg: `value is not a valid enumeration member; permitted: ${spec.values.map((v) => `'${v}'`).join(', ')}`,
        type: 'type_error.enum',
        ctx: { enum_values: [...spec.values] },
      });
      return undefined;
    }
    case 'string': {
      if (spec.pattern !== undefined && !new RegExp(spec.pattern, 'u').test(raw)) {
        issues.push({
          loc,
          msg: `string does not match regex "${spec.pattern}"`,
          type: 'value_error.str.regex',
          ctx: { pattern: spec.pattern },
        });
        return undefined;
      }
      return raw;
    }
  }
}

function parseAll<S extends Record<string, ParamSpec>>(
  read: (name: string) => string | null,
  spec: S,
  location: 'query' | 'path',
): ParsedParams<S> {
  const issues: ValidationIssue[] = [];
  const parsed: Record<string, number | boolean | string | undefined> = {};
  for (const [name, param] of Object.entries(spec)) {
    const raw = read(name);
    if (raw === null) {
      if (param.required) {
        issues.push({ loc: [location, name], msg: 'field required', type: 'value_error.missing' });
      }
      parsed[name] = undefined;
      continue;
    }
    parsed[name] = check(name, raw, param, location, issues);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return parsed as ParsedParams<S>;
}

/** Validates the query string against `spec`; throws `ValidationError` (→ 422) listing every problem. */
export function parseQuery<S extends Record<string, ParamSpec>>(
  query: URLSearchParams,
  spec: S,
): ParsedParams<S> {
  return parseAll((name) => query.get(name), spec, 'query');
}

export function parsePathInt(params: Readonly<Record<string, string>>, name: string): number {
  const parsed = parseAll(
    (key) => params[key] ?? null,
    { [name]: { kind: 'int', required: true } },
    'path',
  );
  const value = parsed[name];
  if (typeof value !== 'number') throw new ValidationError([]);
  return value;
}

/** skip/limit from parameters parsed with `PAGING`, with py-ispyb's defaults (0, 25). */
export function pageOf(parsed: { skip?: number | undefined; limit?: number | undefined }): {
  skip: number;
  limit: number;
} {
  return { skip: parsed.skip ?? 0, limit: parsed.limit ?? 25 };
}
