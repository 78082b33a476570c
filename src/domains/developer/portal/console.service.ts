import type { FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { TokenResponse } from '../oauth/developer-platform.js';
import type { OperationView, ParameterView } from './api-reference.service.js';
import { fillPath, shellQuote } from './code-samples.service.js';

/**
 * The try-it console: the operations it can call (GET), the form fields of their path and query
 * parameters, the checks of a submitted form, and the real call through the app (so that it
 * passes the bearer gate and counts like any call: rate limit, quota, usage statistics).
 */
export const MAX_SHOWN_BODY = 200_000;
const MAX_VALUE = 2000;

/** Response headers shown by the console, in this order. */
export const SHOWN_HEADERS = ['content-type', 'content-range', 'accept-range', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'] as const;

export const consoleOperations = (operations: readonly OperationView[]) => operations.filter((operation) => operation.method === 'GET');

/** The parameters the console asks for (path, then query). */
export function consoleParameters(operation: OperationView): ParameterView[] {
  return [...operation.parameters.filter((parameter) => parameter.in === 'path'), ...operation.parameters.filter((parameter) => parameter.in === 'query')];
}

/** Form field name of a parameter: `chemin-<name>` or `requete-<name>`. */
export const fieldName = (parameter: ParameterView) => `${parameter.in === 'path' ? 'chemin' : 'requete'}-${parameter.name}`;

export const isListParameter = (parameter: ParameterView) => parameter.type.startsWith('array');

export interface ConsoleForm {
  application: string;
  operation: string;
  /** By field name (see fieldName). */
  values: Record<string, string>;
}

/** The form as submitted: only fields of the operation's declared parameters are kept. */
export function readForm(body: Record<string, unknown> | undefined, operation: OperationView | undefined): ConsoleForm {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const values: Record<string, string> = {};
  for (const parameter of operation ? consoleParameters(operation) : []) values[fieldName(parameter)] = text(body?.[fieldName(parameter)]).trim();
  return { application: text(body?.application).trim(), operation: text(body?.operation).trim(), values };
}

/** Field errors of a submitted form (application chosen, required parameters given, lengths). */
export function checkForm(form: ConsoleForm, operation: OperationView | undefined): FieldErrors {
  const errors: FieldErrors = {};
  if (!operation) errors.operation = 'Choisissez une opération à essayer.';
  if (!form.application) errors.application = 'Choisissez l’application dont le jeton servira à l’appel.';
  for (const parameter of operation ? consoleParameters(operation) : []) {
    const value = form.values[fieldName(parameter)] ?? '';
    if (parameter.required && !value) errors[fieldName(parameter)] = `Indiquez une valeur pour ${parameter.name} : ce paramètre est obligatoire.`;
    else if (value.length > MAX_VALUE) errors[fieldName(parameter)] = `La valeur de ${parameter.name} dépasse ${MAX_VALUE} caractères.`;
  }
  return errors;
}

/** The path and query string of the call, from the site's root (only declared parameters; path values encoded). */
export function callUrl(operation: OperationView, form: ConsoleForm): string {
  const path = fillPath(operation.fullPath, (name) => form.values[`chemin-${name}`] ?? '');
  const query = new URLSearchParams();
  for (const parameter of consoleParameters(operation)) {
    const value = form.values[fieldName(parameter)] ?? '';
    if (parameter.in !== 'query' || !value) continue;
    if (isListParameter(parameter)) {
      for (const item of value.split(',').map((part) => part.trim()).filter(Boolean)) query.append(parameter.name, item);
    } else query.append(parameter.name, value);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

export interface ConsoleResult {
  token: TokenResponse;
  /** Full URL of the call (public address of the site). */
  url: string;
  curl: string;
  status: number;
  statusText: string;
  durationMs: number;
  headers: [string, string][];
  body: string;
  /** The body was cut at MAX_SHOWN_BODY characters. */
  truncated: boolean;
  bodyLength: number;
}

function prettyBody(payload: string, contentType: string): string {
  if (!payload || !/[/+]json\b/.test(contentType)) return payload;
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** Calls the API through the app with the application's token, as a client would. */
export async function performCall(app: FastifyInstance, token: TokenResponse, path: string): Promise<ConsoleResult> {
  const started = performance.now();
  const response = await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token.access_token}`, accept: 'application/json' } });
  const durationMs = Math.round(performance.now() - started);
  const headers: [string, string][] = [];
  for (const name of SHOWN_HEADERS) {
    const value = response.headers[name];
    if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
  }
  const body = prettyBody(response.body, String(response.headers['content-type'] ?? ''));
  const url = `${app.config.publicUrl}${path}`;
  return {
    token,
    url,
    curl: `curl -i ${shellQuote(url)} \\\n  -H ${shellQuote(`Authorization: Bearer ${token.access_token}`)} \\\n  -H 'Accept: application/json'`,
    status: response.statusCode,
    statusText: STATUS_CODES[response.statusCode] ?? '',
    durationMs,
    headers,
    body: body.length > MAX_SHOWN_BODY ? body.slice(0, MAX_SHOWN_BODY) : body,
    truncated: body.length > MAX_SHOWN_BODY,
    bodyLength: body.length,
  };
}

/** Whether a token carries the API's main scope (the one its routes check). */
export function tokenCovers(token: TokenResponse, scope: string): boolean {
  return token.scope.split(/\s+/).includes(scope);
}
