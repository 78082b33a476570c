import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { h } from 'preact';
import { ErrorPage } from '../html/error-page.js';
import { sendPage } from '../html/html.plugin.js';
import { AppError, ERRORS, type ErrorCode, isAppError } from './errors.js';
import { isApiRequest, isPartnerApiRequest } from './paths.js';
import { frenchValidationMessage } from './validation-messages.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_BAD_URL: 'INVALID_ENCODING',
  FST_ERR_RATE_LIMIT: 'TOO_MANY_REQUESTS',
  FST_CSRF_INVALID_TOKEN: 'CSRF_INVALID',
  FST_CSRF_MISSING_SECRET: 'CSRF_INVALID',
};

/** Maps anything thrown to the catalogue: our errors as they are, Fastify's by code, the rest to 500. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError?.validation) {
    const details = fastifyError.validation.map((item) => frenchValidationMessage(item, fastifyError.validationContext));
    return new AppError('INVALID_PARAMETER', details[0]?.message, details, { cause: error });
  }
  const code = fastifyError?.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (code) return new AppError(code, undefined, [], { cause: error });
  const status = fastifyError?.statusCode;
  if (status === 429) return new AppError('TOO_MANY_REQUESTS', undefined, [], { cause: error });
  if (status && status >= 400 && status < 500) return new AppError('BAD_REQUEST', undefined, [], { cause: error });
  return new AppError('INTERNAL_ERROR', undefined, [], { cause: error });
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  if (error.status >= 500) {
    request.log.error({ err: error.cause ?? error }, 'request failed');
  } else {
    request.log.info({ code: error.code, message: error.message }, 'request refused');
  }
  reply.status(error.status);
  if (error.status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
  if (isPartnerApiRequest(request.url)) {
    if (error.status === 401 && !reply.hasHeader('www-authenticate')) reply.header('www-authenticate', 'Bearer realm="/partenaire"');
    return reply.type('application/json; charset=utf-8').send({ codeHttp: error.status, message: error.message, codeErreur: error.code });
  }
  if (isApiRequest(request.url)) {
    return reply.type('application/problem+json; charset=utf-8').send({
      type: `urn:emploi-store:error:${error.code}`,
      title: ERRORS[error.code].message,
      status: error.status,
      code: error.code,
      detail: error.message,
      ...(error.details.length ? { errors: error.details } : {}),
    });
  }
  return sendPage(reply, request.server.siteSettings, { title: error.status === 404 ? 'Page introuvable' : 'Erreur' }, h(ErrorPage, { error }));
}

/** The one error handler: HTML pages for people, JSON problems for /api, never internals. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error, request, reply) => sendError(request, reply, toAppError(error)));
    app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('NOT_FOUND')));
  },
  { name: 'error-handler', dependencies: ['html'] },
);
