import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import { type Course, findCourseById, listInstructors, listPublishedCourses, listSessions, loadOutline } from '../../moocs/index.js';
import { findApi } from '../apis.registry.js';
import { courseDetailSchema, courseSchema, sessionSchema, toCourseDetailJson, toCourseJson, toSessionJson } from './moocs.json.js';
import { idSchema, partnerErrors, pathParams, protectedRoute } from './partner.schemas.js';

const NOT_FOUND = 'Cours inconnu ou qui n’est plus proposé : codeErreur COURSE_NOT_FOUND.';
const idParams = pathParams('id', { ...idSchema, description: 'Identifiant numérique du cours.' });

/** MOOC v1: the published courses, their programme and their sessions with enrolment figures. */
export function registerMoocsPartnerApi(app: FastifyInstance): void {
  const api = findApi('moocs');
  if (!api) throw new Error('moocs is missing from the API registry');
  const publicUrl = app.config.publicUrl;

  /** A course whose catalogue entry is published, or a 404. */
  async function publishedCourse(id: number): Promise<Course> {
    const course = await findCourseById(app.db, id);
    if (!course || course.service_status !== 'publie') throw new AppError('COURSE_NOT_FOUND');
    return course;
  }

  app.get(
    `${api.basePath}/cours`,
    protectedRoute(api, {
      summary: 'Lister les cours',
      description: 'Les MOOC de l’emploi publiés, par ordre alphabétique, chacun avec ses formateurs et la session à mettre en avant (états calculés à la date de la requête).',
      response: { 200: { description: 'Les cours', type: 'array', items: courseSchema }, ...partnerErrors() },
    }),
    async () => {
      const now = new Date();
      const courses = await listPublishedCourses(app.db);
      return Promise.all(
        courses.map(async (course) => {
          const [instructors, sessions] = await Promise.all([listInstructors(app.db, course.id), listSessions(app.db, course.id)]);
          return toCourseJson(course, instructors, sessions, publicUrl, now);
        }),
      );
    },
  );

  app.get<{ Params: { id: number } }>(
    `${api.basePath}/cours/:id`,
    protectedRoute(api, {
      summary: 'Lire un cours',
      description: 'Le cours, ses formateurs, ses objectifs, son public, ses prérequis et son programme semaine par semaine (titres des leçons, sans leur contenu).',
      params: idParams,
      response: { 200: { description: 'Le cours', ...courseDetailSchema }, ...partnerErrors(NOT_FOUND) },
    }),
    async (request) => {
      const course = await publishedCourse(request.params.id);
      const [instructors, sessions, outline] = await Promise.all([listInstructors(app.db, course.id), listSessions(app.db, course.id), loadOutline(app.db, course.id)]);
      return toCourseDetailJson(course, instructors, sessions, outline, publicUrl, new Date());
    },
  );

  app.get<{ Params: { id: number } }>(
    `${api.basePath}/cours/:id/sessions`,
    protectedRoute(api, {
      summary: 'Sessions d’un cours',
      description:
        'Toutes les sessions du cours, la plus récente d’abord : dates, état, état des inscriptions, nombre d’inscrits et places restantes (calculés à la date de la requête).',
      params: idParams,
      response: { 200: { description: 'Les sessions', type: 'array', items: sessionSchema }, ...partnerErrors(NOT_FOUND) },
    }),
    async (request) => {
      const course = await publishedCourse(request.params.id);
      const now = new Date();
      return (await listSessions(app.db, course.id)).map((session) => toSessionJson(session, now));
    },
  );
}
