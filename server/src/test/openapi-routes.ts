import type { FastifyInstance } from 'fastify';

/** A JSON Schema node as the OpenAPI document has it (the routes' zod schemas, converted). */
export type TJsonSchema = {
  type?: string | string[];
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  items?: TJsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  allOf?: TJsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  default?: unknown;
  $ref?: string;
};

export type TOpenApiRoute = {
  method: string;
  /** Fastify's form: `/api/homes/:id/occupants`. */
  url: string;
  pathParams: string[];
  query?: TJsonSchema;
  body?: TJsonSchema;
  /** Whether the body is JSON (others, multipart uploads, are sent without one). */
  jsonBody: boolean;
};

type TOperation = {
  parameters?: { in: string; name: string; schema?: TJsonSchema; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: TJsonSchema }> };
};

/** Every operation of the app's OpenAPI document, with its parameters and JSON body schema. */
export function openApiRoutes(app: FastifyInstance): TOpenApiRoute[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, TOperation>> };
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => {
      const params = op.parameters ?? [];
      const query = params.filter((p) => p.in === 'query');
      const json = op.requestBody?.content?.['application/json'];
      return {
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: query.length
          ? {
              type: 'object',
              properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
              required: query.filter((p) => p.required).map((p) => p.name),
            }
          : undefined,
        body: json?.schema,
        jsonBody: op.requestBody === undefined || json !== undefined,
      };
    }),
  );
}

const typesOf = (s: TJsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

/**
 * A value the schema most likely accepts: required properties only, first enum values, plausible
 * strings for common formats. `pick` may answer a value for a property by name first (ids to walk).
 */
export function sampleOf(schema: TJsonSchema, pick?: (name: string) => unknown): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined && !pick) return schema.default;
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) {
    const nonNull = choices.find((c) => !typesOf(c).includes('null')) ?? choices[0]!;
    return sampleOf(nonNull, pick);
  }
  if (schema.allOf?.length) return sampleOf(Object.assign({}, ...schema.allOf), pick);
  const type = typesOf(schema).find((t) => t !== 'null') ?? (schema.properties ? 'object' : 'string');
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        const picked = pick?.(name);
        if (picked !== undefined) out[name] = prop.type === 'array' ? [picked] : picked;
        else if (schema.required?.includes(name)) out[name] = sampleOf(prop, pick);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}, pick));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return false;
    default:
      return sampleString(schema);
  }
}

function sampleString(schema: TJsonSchema): string {
  if (schema.format === 'date') return '2026-12-01';
  if (schema.format === 'date-time') return '2026-12-01T08:00:00.000Z';
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}') || schema.pattern?.includes('[0-9]{4}-'))
    return '2026-12-01';
  if (schema.pattern?.startsWith('^1')) return '13912345678';
  const text = '测试内容';
  const min = schema.minLength ?? 1;
  return text
    .repeat(Math.ceil(min / text.length))
    .slice(0, Math.max(min, Math.min(4, schema.maxLength ?? 4)));
}
