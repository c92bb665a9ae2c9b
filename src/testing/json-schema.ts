/**
 * The subset of JSON Schema (as FastAPI writes it into openapi.json) needed to check a request
 * body against py-ispyb's own schemas in tests: `$ref` to `#/components/schemas/*`, `type`,
 * `required`, `properties`, `items`, `enum` and `format: date-time`. Properties the schema does
 * not declare are reported too: pydantic would drop them silently, which hides a typo.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  title?: string;
}

export interface OpenApiDocument {
  components: { schemas: Record<string, JsonSchema> };
}

// FastAPI's date-time: ISO 8601, with or without a zone (py-ispyb sends none)
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every way `value` breaks `schema`, as `path: problem`; empty when it conforms. */
export function validateJsonSchema(
  value: unknown,
  schema: JsonSchema,
  doc: OpenApiDocument,
  path = '$',
): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    if (!target) return [`${path}: unknown schema ${schema.$ref}`];
    return validateJsonSchema(value, target, doc, path);
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type) {
    const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer');
    if (!ok) return [`${path}: expected ${schema.type}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.format === 'date-time' && (typeof value !== 'string' || !DATE_TIME.test(value))) {
    errors.push(`${path}: ${JSON.stringify(value)} is not a date-time`);
  }
  if (actual === 'object' && (schema.properties || schema.required)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in record)) errors.push(`${path}.${key}: required`);
    }
    for (const [key, v] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (!property) errors.push(`${path}.${key}: not in the schema`);
      else errors.push(...validateJsonSchema(v, property, doc, `${path}.${key}`));
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) =>
      errors.push(...validateJsonSchema(item, schema.items as JsonSchema, doc, `${path}[${i}]`)),
    );
  }
  return errors;
}
