import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from './errors.js';

/** Refuses query strings that are not valid UTF-8 or hold a NUL character, before any route runs. */
export function checkQueryEncoding(url: string): void {
  const start = url.indexOf('?');
  if (start < 0) return;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.slice(start + 1).replace(/\+/g, ' '));
  } catch {
    throw new AppError('INVALID_ENCODING');
  }
  if (decoded.includes('\u0000')) throw new AppError('INVALID_ENCODING', "L'adresse contient un caractère nul, qui n'est pas accepté.");
}

/** Security headers (strict CSP: scripts only from this origin) and input hygiene. */
export const securityPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          // MOOC videos: uploaded ones are served by the portal; a lesson may also point to an https video.
          mediaSrc: ["'self'", 'https:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: false,
    });
    app.addHook('onRequest', async (request) => {
      checkQueryEncoding(request.url);
    });
  },
  { name: 'security' },
);
