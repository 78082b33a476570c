import type { FastifySchemaValidationError } from 'fastify';
import type { ErrorDetail } from './errors.js';

const SOURCES: Record<string, string> = { querystring: 'paramètre', params: 'paramètre', body: 'champ', headers: 'en-tête' };

function fieldOf(error: FastifySchemaValidationError): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\/\d+$/, '').replaceAll('/', '.');
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  return missing ?? path;
}

/** Turns an Ajv validation error into a French sentence naming the parameter. */
export function frenchValidationMessage(error: FastifySchemaValidationError, context: string | undefined): ErrorDetail {
  const field = fieldOf(error);
  const what = `Le ${SOURCES[context ?? ''] ?? 'paramètre'} « ${field} »`;
  const params = error.params as Record<string, unknown>;
  let message: string;
  switch (error.keyword) {
    case 'required':
      message = `${what} est obligatoire.`;
      break;
    case 'type':
      message =
        params.type === 'integer'
          ? `${what} doit être un nombre entier.`
          : params.type === 'number'
            ? `${what} doit être un nombre.`
            : params.type === 'boolean'
              ? `${what} doit valoir true ou false.`
              : `${what} n'a pas le bon format.`;
      break;
    case 'minimum':
      message = `${what} doit être supérieur ou égal à ${String(params.limit)}.`;
      break;
    case 'maximum':
      message = `${what} doit être inférieur ou égal à ${String(params.limit)}.`;
      break;
    case 'maxLength':
      message = `${what} doit compter au plus ${String(params.limit)} caractères.`;
      break;
    case 'minLength':
      message = `${what} doit compter au moins ${String(params.limit)} caractère${Number(params.limit) > 1 ? 's' : ''}.`;
      break;
    case 'enum':
      message = `${what} doit valoir l'une des valeurs : ${((params.allowedValues as unknown[]) ?? []).join(', ')}.`;
      break;
    case 'maxItems':
      message = `${what} accepte au plus ${String(params.limit)} valeurs.`;
      break;
    case 'pattern':
    case 'format':
      message = `${what} n'a pas le bon format.`;
      break;
    case 'additionalProperties':
      message = `Le ${SOURCES[context ?? ''] ?? 'paramètre'} « ${String(params.additionalProperty)} » n'est pas reconnu.`;
      return { field: String(params.additionalProperty), message };
    default:
      message = `${what} est incorrect.`;
  }
  return { field, message };
}
