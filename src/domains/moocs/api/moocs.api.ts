import type { FastifyInstance } from 'fastify';
import { problem } from '../../../platform/api/problem.schema.js';
import { AppError } from '../../../platform/http/errors.js';
import { findCourseBySlug, listInstructors, listPublishedCourses, listSessions, loadOutline } from '../courses.repository.js';
import { courseDetailSchema, courseSummarySchema, sessionSchema, toCourseJson, toCourseSummaryJson, toSessionJson } from './moocs.json.js';

const slugParams = {
  type: 'object',
  required: ['slug'],
  properties: { slug: { type: 'string', maxLength: 100, description: 'Identifiant du cours (celui de sa fiche dans le catalogue).' } },
} as const;

/** The public, read-only MOOC API (listed in the OpenAPI document under the « moocs » tag). */
export function registerMoocsApi(app: FastifyInstance): void {
  const publicUrl = app.config.publicUrl;

  app.get(
    '/api/v1/moocs',
    {
      config: { access: 'public' },
      schema: {
        tags: ['moocs'],
        summary: 'Lister les MOOC',
        description: 'Les MOOC de l’emploi publiés, par ordre alphabétique, chacun avec la session à mettre en avant (états calculés à la date de la requête).',
        response: {
          200: {
            description: 'Les cours',
            type: 'object',
            required: ['total', 'resultats'],
            properties: { total: { type: 'integer' }, resultats: { type: 'array', items: courseSummarySchema } },
          },
        },
      },
    },
    async () => {
      const now = new Date();
      const courses = await listPublishedCourses(app.db);
      const resultats = await Promise.all(
        courses.map(async (course) => toCourseSummaryJson(course, await listInstructors(app.db, course.id), await listSessions(app.db, course.id), publicUrl, now)),
      );
      return { total: resultats.length, resultats };
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/api/v1/moocs/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['moocs'],
        summary: 'Détail d’un MOOC',
        description: 'Le cours, ses formateurs et son plan (semaines et titres des leçons).',
        params: slugParams,
        response: { 200: { description: 'Le cours', ...courseDetailSchema }, 404: problem('Cours inconnu ou non publié (code COURSE_NOT_FOUND)') },
      },
    },
    async (request) => {
      const course = await findCourseBySlug(app.db, request.params.slug);
      if (!course) throw new AppError('COURSE_NOT_FOUND');
      const [instructors, sessions, outline] = await Promise.all([listInstructors(app.db, course.id), listSessions(app.db, course.id), loadOutline(app.db, course.id)]);
      return toCourseJson(course, instructors, sessions, outline, publicUrl, new Date());
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/api/v1/moocs/:slug/sessions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['moocs'],
        summary: 'Sessions d’un MOOC',
        description: 'Toutes les sessions du cours, la plus récente d’abord, avec leur état, leurs dates, le nombre d’inscrits et si l’inscription est ouverte.',
        params: slugParams,
        response: {
          200: { description: 'Les sessions', type: 'array', items: sessionSchema },
          404: problem('Cours inconnu ou non publié (code COURSE_NOT_FOUND)'),
        },
      },
    },
    async (request) => {
      const course = await findCourseBySlug(app.db, request.params.slug);
      if (!course) throw new AppError('COURSE_NOT_FOUND');
      const now = new Date();
      return (await listSessions(app.db, course.id)).map((session) => toSessionJson(session, now));
    },
  );
}
