import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../http/errors.js';
import { findMediaContent } from './media.repository.js';

const FILE_PATTERN = '^[a-f0-9]{32}\\.webp$';

/**
 * GET (and HEAD) /media/<id>.webp: uploaded images, from the database so that every process
 * serves them. Immutable (an id never changes content), sandboxed, never sniffed.
 */
export const mediaPlugin = fp(
  async (app: FastifyInstance) => {
    app.get<{ Params: { file: string } }>(
      '/media/:file',
      {
        config: { access: 'public' },
        // Any other name is an image that does not exist: a 404 page, not a 400.
        attachValidation: true,
        schema: { hide: true, params: { type: 'object', required: ['file'], properties: { file: { type: 'string', pattern: FILE_PATTERN } } } },
      },
      async (request, reply) => {
        if (request.validationError) throw new AppError('MEDIA_NOT_FOUND');
        const id = request.params.file.slice(0, 32);
        const media = await findMediaContent(app.db, id);
        if (!media) throw new AppError('MEDIA_NOT_FOUND');
        const etag = `"${id}"`;
        reply
          .header('cache-control', 'public, max-age=31536000, immutable')
          .header('etag', etag)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('content-disposition', `inline; filename="${id}.webp"`);
        const ifNoneMatch = request.headers['if-none-match'];
        if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
          return reply.status(304).send();
        }
        return reply.type(media.content_type).send(media.bytes);
      },
    );
  },
  { name: 'media', dependencies: ['access'] },
);
