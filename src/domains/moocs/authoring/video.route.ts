import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../platform/db/database.js';
import { AppError, isAppError } from '../../../platform/http/errors.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import { streamedFile } from '../../../platform/http/multipart.js';
import { storeVideo, VIDEO_MAX_BYTES } from '../learning/video.storage.js';
import { requireInstructor } from '../instructors.js';
import { lessonHref } from './content.page.js';
import { renderLessonPage } from './content.route.js';
import { idParams } from './route-helpers.js';
import { requireCourseLesson } from './structure.repository.js';

type LessonParams = { courseId: number; lessonId: number };

/** The type to store a file as: the declared one when it is a video type we keep, else from its name (magic bytes are checked by storeVideo). */
export function videoTypeOf(mimetype: string, filename: string): string {
  if (mimetype === 'video/mp4' || mimetype === 'video/webm') return mimetype;
  if (/\.(mp4|m4v)$/i.test(filename)) return 'video/mp4';
  if (/\.webm$/i.test(filename)) return 'video/webm';
  return mimetype;
}

/** Points the lesson at a video (or none) and drops the video it had, unless another lesson shows it. */
async function replaceLessonVideo(trx: Db, lessonId: number, previous: string | null, next: string | null): Promise<void> {
  await trx.updateTable('course_lessons').set({ video_id: next, updated_at: new Date() }).where('id', '=', lessonId).execute();
  if (!previous || previous === next) return;
  const used = await trx.selectFrom('course_lessons').select('id').where('video_id', '=', previous).executeTakeFirst();
  if (!used) await trx.deleteFrom('course_videos').where('id', '=', previous).execute();
}

/** Video upload for a video lesson: the file is streamed into 1 MiB rows (storeVideo), never held whole in memory. */
export function registerVideoUploadRoutes(app: FastifyInstance): void {
  const params = idParams('courseId', 'lessonId');

  app.post<{ Params: LessonParams }>(
    '/formateur/cours/:courseId/lecons/:lessonId/video',
    { config: { access: 'verified', multipart: { streamMaxBytes: VIDEO_MAX_BYTES } }, schema: { hide: true, params, body: formBodySchema([]) } },
    async (request, reply) => {
      // Whatever happens, an unread rest of the upload is not drained: the connection closes.
      reply.header('connection', 'close');
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
      if (lesson.kind !== 'video') throw new AppError('LESSON_NOT_FOUND', "Cette leçon n'est pas une vidéo.");
      const file = streamedFile(request);
      if (!file || !file.filename) return renderLessonPage(app, request, reply.status(400), { errors: { video: 'Choisissez un fichier vidéo MP4 ou WebM.' } });
      let stored;
      try {
        stored = await storeVideo(app.db, file.stream, videoTypeOf(file.mimetype, file.filename), request.viewer!.accountId);
      } catch (error) {
        if (isAppError(error) && (error.code === 'VIDEO_TOO_LARGE' || error.code === 'VIDEO_TYPE_REFUSED')) {
          return renderLessonPage(app, request, reply.status(error.status), { errors: { video: error.message } });
        }
        throw error;
      }
      await app.db.transaction().execute((trx) => replaceLessonVideo(trx, lesson.id, lesson.video_id, stored.id));
      return reply.redirect(`${lessonHref(course.id, lesson.id)}?ok=video`, 303);
    },
  );

  app.post<{ Params: LessonParams }>(
    '/formateur/cours/:courseId/lecons/:lessonId/video/retirer',
    { config: { access: 'verified' }, schema: { hide: true, params, body: formBodySchema([]) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
      await app.db.transaction().execute((trx) => replaceLessonVideo(trx, lesson.id, lesson.video_id, null));
      return reply.redirect(`${lessonHref(course.id, lesson.id)}?ok=enregistre`, 303);
    },
  );
}
