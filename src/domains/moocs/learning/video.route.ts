import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import { findVideo, parseRange, streamVideoRange } from './video.storage.js';

const videoParams = { type: 'object', required: ['videoId'], properties: { videoId: { type: 'string', maxLength: 64 } } } as const;
const lessonParams = { type: 'object', required: ['lessonId'], properties: { lessonId: { type: 'string', maxLength: 20 } } } as const;

/**
 * Uploaded videos with HTTP range requests (players seek without downloading everything), and the
 * WebVTT captions of a video lesson. Both are public: course videos are free to watch, their ids
 * are random (unguessable), and captions only belong to published courses.
 */
export function registerVideoRoutes(app: FastifyInstance): void {
  // HEAD is its own route: Fastify's automatic one would read the whole stream to discard it.
  app.route<{ Params: { videoId: string } }>({
    method: ['GET', 'HEAD'],
    url: '/moocs/videos/:videoId',
    exposeHeadRoute: false,
    config: { access: 'public' },
    schema: { hide: true, params: videoParams },
    handler: async (request, reply) => {
      const video = await findVideo(app.db, request.params.videoId);
      if (!video) throw new AppError('VIDEO_NOT_FOUND');
      const size = Number(video.size);
      reply.header('accept-ranges', 'bytes');
      const range = parseRange(request.headers.range, size);
      if (range === 'unsatisfiable') {
        reply.header('content-range', `bytes */${size}`);
        throw new AppError('RANGE_NOT_SATISFIABLE');
      }
      // The bytes of an id never change.
      reply.header('content-type', video.content_type).header('cache-control', 'public, max-age=31536000, immutable').header('etag', `"${video.id}"`);
      const { start, end } = range ?? { start: 0, end: size - 1 };
      if (range) reply.status(206).header('content-range', `bytes ${start}-${end}/${size}`);
      reply.header('content-length', String(end - start + 1));
      if (request.method === 'HEAD') return reply.send();
      return reply.send(Readable.from(streamVideoRange(app.db, video.id, start, end)));
    },
  });

  app.get<{ Params: { lessonId: string } }>('/moocs/lecons/:lessonId/sous-titres.vtt', { config: { access: 'public' }, schema: { hide: true, params: lessonParams } }, async (request, reply) => {
    const id = /^[1-9][0-9]{0,8}$/.test(request.params.lessonId) ? Number(request.params.lessonId) : null;
    const lesson = id
      ? await app.db
          .selectFrom('course_lessons as l')
          .innerJoin('course_weeks as w', 'w.id', 'l.week_id')
          .innerJoin('courses as c', 'c.id', 'w.course_id')
          .innerJoin('services as s', 's.id', 'c.service_id')
          .select('l.captions_vtt')
          .where('l.id', '=', id)
          .where('s.status', '=', 'publie')
          .executeTakeFirst()
      : undefined;
    const vtt = lesson?.captions_vtt?.replace(/^\uFEFF/, '');
    if (!vtt || !/^WEBVTT(?:[ \t\r\n]|$)/.test(vtt)) throw new AppError('NOT_FOUND', 'Cette leçon n’a pas de sous-titres.');
    return reply.header('content-type', 'text/vtt; charset=utf-8').header('cache-control', 'public, max-age=300').send(vtt);
  });
}
