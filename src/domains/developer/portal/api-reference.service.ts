import type { DeveloperApi } from '../apis.registry.js';

/**
 * The reference of one API as the portal shows it, read from its OpenAPI 3.1 document: operations
 * with their parameters and responses, response schemas flattened into field lists. The document
 * is read defensively (an unknown shape is skipped, never trusted).
 */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterView {
  name: string;
  in: ParameterLocation;
  required: boolean;
  type: string;
  description: string;
  /** Allowed values, when the schema lists them. */
  values: string[];
  /** A value to show in samples and as the console's placeholder. */
  example?: string;
  /** Constraints worth telling (pattern, bounds, length). */
  constraints: string[];
}

export interface FieldLine {
  /** Dotted path, `[]` for array items: `resultats[].lieuTravail.libelle`. */
  path: string;
  type: string;
  required: boolean;
  description: string;
}

export interface ResponseView {
  status: string;
  description: string;
  contentType?: string;
  fields: FieldLine[];
  /** Fields left out of `fields` (the list is capped). */
  more: number;
}

export interface OperationView {
  /** Stable key (operationId or method and path), used by the console. */
  key: string;
  method: string;
  /** The path as the document writes it (with `{param}` templates). */
  documentPath: string;
  /** The path under the API's base path: `/fichesservices/{id}`. */
  path: string;
  /** The path from the site's root: the base path and `path`. */
  fullPath: string;
  summary: string;
  description: string;
  deprecated: boolean;
  parameters: ParameterView[];
  responses: ResponseView[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const LOCATIONS: readonly string[] = ['path', 'query', 'header', 'cookie'];
const MAX_FIELDS = 120;
const MAX_DEPTH = 4;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Follows a local `$ref` (`#/components/...`), at most a few times. */
function resolve(document: Json, value: unknown, hops = 0): Json | undefined {
  if (!isObject(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  if (!ref.startsWith('#/') || hops > 8) return undefined;
  let target: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    if (!isObject(target)) return undefined;
    target = target[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return resolve(document, target, hops + 1);
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Subschemas of anyOf/oneOf/allOf, resolved, with `{type: 'null'}` removed. */
function variants(document: Json, schema: Json): Json[] {
  const list = [schema.anyOf, schema.oneOf, schema.allOf].flatMap((entry) => (Array.isArray(entry) ? entry : []));
  return list.map((entry) => resolve(document, entry)).filter((entry): entry is Json => !!entry && entry.type !== 'null');
}

/** A short type label: `string (date-time)`, `array<integer>`, `string | integer`. */
export function typeLabel(document: Json, raw: unknown, depth = 0): string {
  const schema = resolve(document, raw);
  if (!schema || depth > 3) return '';
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type): type is string => typeof type === 'string' && type !== 'null');
  if (!types.length) {
    const labels = [...new Set(variants(document, schema).map((entry) => typeLabel(document, entry, depth + 1)).filter(Boolean))];
    if (labels.length) return labels.join(' | ');
    return schema.properties ? 'object' : '';
  }
  return types
    .map((type) => {
      if (type === 'array') return `array<${typeLabel(document, schema.items, depth + 1) || 'any'}>`;
      const format = text(schema.format);
      return format ? `${type} (${format})` : type;
    })
    .join(' | ');
}

function constraintsOf(schema: Json): string[] {
  const out: string[] = [];
  if (typeof schema.pattern === 'string') out.push(`format : ${schema.pattern}`);
  if (typeof schema.minimum === 'number') out.push(`minimum ${schema.minimum}`);
  if (typeof schema.maximum === 'number') out.push(`maximum ${schema.maximum}`);
  if (typeof schema.minLength === 'number' && schema.minLength > 0) out.push(`${schema.minLength} caractère${schema.minLength > 1 ? 's' : ''} au moins`);
  if (typeof schema.maxLength === 'number') out.push(`${schema.maxLength} caractères au plus`);
  if (scalarText(schema.default) !== undefined) out.push(`par défaut : ${scalarText(schema.default)}`);
  return out;
}

function parameterView(document: Json, raw: unknown): ParameterView | undefined {
  const parameter = resolve(document, raw);
  if (!parameter || typeof parameter.name !== 'string' || !LOCATIONS.includes(text(parameter.in))) return undefined;
  const schema = resolve(document, parameter.schema) ?? {};
  const itemSchema = schema.type === 'array' ? resolve(document, schema.items) ?? {} : schema;
  const values = (Array.isArray(itemSchema.enum) ? itemSchema.enum : []).map(scalarText).filter((value): value is string => value !== undefined);
  const examples = Array.isArray(schema.examples) ? schema.examples : [];
  const example = scalarText(parameter.example) ?? scalarText(schema.example) ?? scalarText(examples[0]) ?? scalarText(schema.default) ?? values[0];
  return {
    name: parameter.name,
    in: parameter.in as ParameterLocation,
    required: parameter.in === 'path' || parameter.required === true,
    type: typeLabel(document, schema),
    description: text(parameter.description) || text(schema.description),
    values,
    example,
    constraints: constraintsOf(schema),
  };
}

/** Properties of an object schema, following allOf/anyOf/oneOf (union of their properties). */
function propertiesOf(document: Json, schema: Json): { properties: Json; required: Set<string> } {
  const properties: Json = {};
  const required = new Set<string>();
  const visit = (entry: Json, depth: number) => {
    if (depth > 4) return;
    if (isObject(entry.properties)) Object.assign(properties, entry.properties);
    if (Array.isArray(entry.required)) for (const name of entry.required) if (typeof name === 'string') required.add(name);
    for (const variant of variants(document, entry)) visit(variant, depth + 1);
  };
  visit(schema, 0);
  return { properties, required };
}

/** The object schema behind a value, if any (an array's items are followed by the caller). */
function arrayItems(document: Json, schema: Json): Json | undefined {
  if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))) return resolve(document, schema.items);
  const arrays = variants(document, schema).filter((variant) => variant.type === 'array');
  return arrays[0] ? resolve(document, arrays[0].items) : undefined;
}

/** A response schema as a flat list of fields, capped at MAX_FIELDS lines. */
export function schemaFields(document: Json, raw: unknown): { fields: FieldLine[]; more: number } {
  const fields: FieldLine[] = [];
  let more = 0;
  const walk = (value: unknown, prefix: string, depth: number, seen: readonly Json[]) => {
    const schema = resolve(document, value);
    if (!schema || depth > MAX_DEPTH || seen.includes(schema)) return;
    const items = arrayItems(document, schema);
    if (items) return walk(items, `${prefix}[]`, depth, [...seen, schema]);
    const { properties, required } = propertiesOf(document, schema);
    for (const [name, propertyRaw] of Object.entries(properties)) {
      const property = resolve(document, propertyRaw);
      if (!property) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      if (fields.length >= MAX_FIELDS) more += 1;
      else fields.push({ path, type: typeLabel(document, property), required: required.has(name), description: text(property.description) });
      walk(property, path, depth + 1, [...seen, schema]);
    }
  };
  walk(raw, '', 0, []);
  return { fields, more };
}

function responseViews(document: Json, raw: unknown): ResponseView[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([status, value]) => {
      const response = resolve(document, value);
      if (!response) return [];
      const content = isObject(response.content) ? response.content : {};
      const [contentType, media] = Object.entries(content)[0] ?? [];
      const schema = isObject(media) ? media.schema : undefined;
      const { fields, more } = schema ? schemaFields(document, schema) : { fields: [], more: 0 };
      return [{ status, description: text(response.description), contentType, fields, more }];
    });
}

function operationKey(operation: Json, method: string, path: string): string {
  const id = text(operation.operationId);
  if (/^[A-Za-z0-9_.-]{1,80}$/.test(id)) return id;
  return `${method}${path}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}

/** Every operation of an API's OpenAPI document, in the document's order. */
export function operationsOf(api: DeveloperApi, raw: unknown): OperationView[] {
  const document = isObject(raw) ? raw : {};
  const paths = isObject(document.paths) ? document.paths : {};
  const operations: OperationView[] = [];
  for (const [documentPath, itemRaw] of Object.entries(paths)) {
    const item = resolve(document, itemRaw);
    if (!item) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    const fullPath = documentPath.startsWith(`${api.basePath}/`) || documentPath === api.basePath ? documentPath : `${api.basePath}${documentPath}`;
    const path = fullPath.slice(api.basePath.length) || '/';
    for (const method of METHODS) {
      const operation = resolve(document, item[method]);
      if (!operation) continue;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = new Map<string, ParameterView>();
      for (const entry of [...shared, ...own]) {
        const parameter = parameterView(document, entry);
        if (parameter) parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      operations.push({
        key: operationKey(operation, method, path),
        method: method.toUpperCase(),
        documentPath,
        path,
        fullPath,
        summary: text(operation.summary),
        description: text(operation.description),
        deprecated: operation.deprecated === true,
        parameters: [...parameters.values()],
        responses: responseViews(document, operation.responses),
      });
    }
  }
  return operations;
}
