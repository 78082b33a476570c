import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { normalizeEmail } from '../../accounts/index.js';
import { listInstructors } from '../courses.repository.js';
import { requireInstructor } from '../instructors.js';
import { authoringHref } from './authoring-layout.js';
import { deleteInstructor, findCourseInstructor, findVerifiedAccountByEmail, insertInstructor, updateInstructor } from './instructors.repository.js';
import { type InstructorForms, InstructorsPage } from './instructors.page.js';
import { move } from './reorder.js';
import { auditActor, idParams, moveBody, noticeFor, noticeQuery } from './route-helpers.js';

type CourseParams = { courseId: number };
type InstructorParams = CourseParams & { instructorId: number };
const emptyForms = (): InstructorForms => ({ email: '', extName: '', extTitle: '', extBio: '' });

function checkTexts(name: string, title: string, bio: string, fields: { name: string; title: string; bio: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (!name) errors[fields.name] = 'Indiquez le nom du formateur.';
  else if (name.length > 120) errors[fields.name] = 'Le nom doit faire 120 caractères au plus.';
  if (title.length > 200) errors[fields.title] = 'La fonction doit faire 200 caractères au plus.';
  if (bio.length > 5000) errors[fields.bio] = 'La présentation doit faire 5 000 caractères au plus.';
  return errors;
}

export function registerInstructorRoutes(app: FastifyInstance): void {
  const params = idParams('courseId');
  const itemParams = idParams('courseId', 'instructorId');

  const render = async (request: FastifyRequest<{ Params: CourseParams }>, reply: FastifyReply, forms = emptyForms(), errors: FieldErrors = {}, notice?: string) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const instructors = await listInstructors(app.db, course.id);
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Formateurs – ${course.name}` },
      h(InstructorsPage, { course, instructors, csrfToken: reply.generateCsrf(), forms, errors, notice }),
    );
  };
  const back = (courseId: number, ok: string) => `${authoringHref(courseId, 'formateurs')}?ok=${ok}`;

  app.get<{ Params: CourseParams; Querystring: { ok?: string } }>(
    '/formateur/cours/:courseId/formateurs',
    { config: { access: 'verified' }, schema: { hide: true, params, querystring: noticeQuery } },
    async (request, reply) => render(request, reply, undefined, undefined, noticeFor(request.query)),
  );

  app.post<{ Params: CourseParams; Body: FormBody<'email'> }>(
    '/formateur/cours/:courseId/formateurs/interne',
    { config: { access: 'verified' }, schema: { hide: true, params, body: formBodySchema(['email']) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const email = (request.body?.email ?? '').trim();
      const forms = { ...emptyForms(), email };
      if (!email) return render(request, reply.status(400), forms, { email: 'Indiquez l’adresse e-mail du compte à ajouter.' });
      const account = await findVerifiedAccountByEmail(app.db, normalizeEmail(email));
      if (!account) return render(request, reply.status(400), forms, { email: 'Aucun compte à l’adresse confirmée ne correspond à cette adresse e-mail : la personne doit d’abord créer son compte et confirmer son adresse.' });
      const already = (await listInstructors(app.db, course.id)).some((instructor) => instructor.account_id === account.id);
      if (already) return render(request, reply.status(409), forms, { email: 'Cette personne est déjà formatrice ou formateur de ce cours.' });
      const name = (account.display_name.trim() || account.email).slice(0, 120);
      await app.db.transaction().execute(async (trx) => {
        const id = await insertInstructor(trx, course.id, { accountId: account.id, name, title: '', bio: '', kind: 'interne' });
        await recordAudit(trx, { actor: auditActor(request.viewer!), action: 'course.instructor.add', subjectKind: 'cours', subjectId: course.id, summary: `Ajout de ${name} aux formateurs du cours « ${course.name} »`, after: { instructorId: id, accountId: account.id } });
      });
      return reply.redirect(back(course.id, 'ajoute'), 303);
    },
  );

  app.post<{ Params: CourseParams; Body: FormBody<'extName' | 'extTitle' | 'extBio'> }>(
    '/formateur/cours/:courseId/formateurs/externe',
    { config: { access: 'verified' }, schema: { hide: true, params, body: formBodySchema(['extName', 'extTitle', 'extBio']) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const forms = { ...emptyForms(), extName: (request.body?.extName ?? '').trim(), extTitle: (request.body?.extTitle ?? '').trim(), extBio: (request.body?.extBio ?? '').trim() };
      const errors = checkTexts(forms.extName, forms.extTitle, forms.extBio, { name: 'extName', title: 'extTitle', bio: 'extBio' });
      if (Object.keys(errors).length) return render(request, reply.status(400), forms, errors);
      await app.db.transaction().execute(async (trx) => {
        const id = await insertInstructor(trx, course.id, { accountId: null, name: forms.extName, title: forms.extTitle, bio: forms.extBio, kind: 'externe' });
        await recordAudit(trx, { actor: auditActor(request.viewer!), action: 'course.instructor.add', subjectKind: 'cours', subjectId: course.id, summary: `Ajout de ${forms.extName} (externe) aux formateurs du cours « ${course.name} »`, after: { instructorId: id } });
      });
      return reply.redirect(back(course.id, 'ajoute'), 303);
    },
  );

  app.post<{ Params: InstructorParams; Body: Record<string, string> }>(
    '/formateur/cours/:courseId/formateurs/:instructorId',
    { config: { access: 'verified' }, schema: { hide: true, params: itemParams, body: { type: 'object', additionalProperties: { type: 'string', maxLength: 10000 } } } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const instructor = await findCourseInstructor(app.db, course.id, request.params.instructorId);
      if (!instructor) throw new AppError('NOT_FOUND', "Ce formateur n'existe pas.");
      const body = request.body ?? {};
      const id = instructor.id;
      const values = { name: (body[`name-${id}`] ?? '').trim(), title: (body[`title-${id}`] ?? '').trim(), bio: (body[`bio-${id}`] ?? '').replace(/\r\n/g, '\n').trim() };
      const errors = checkTexts(values.name, values.title, values.bio, { name: `name-${id}`, title: `title-${id}`, bio: `bio-${id}` });
      if (Object.keys(errors).length) return render(request, reply.status(400), emptyForms(), errors);
      await updateInstructor(app.db, id, values);
      return reply.redirect(back(course.id, 'enregistre'), 303);
    },
  );

  app.post<{ Params: InstructorParams }>(
    '/formateur/cours/:courseId/formateurs/:instructorId/supprimer',
    { config: { access: 'verified' }, schema: { hide: true, params: itemParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const instructor = await findCourseInstructor(app.db, course.id, request.params.instructorId);
      if (!instructor) throw new AppError('NOT_FOUND', "Ce formateur n'existe pas.");
      await app.db.transaction().execute(async (trx) => {
        await deleteInstructor(trx, course.id, instructor.id);
        await recordAudit(trx, { actor: auditActor(request.viewer!), action: 'course.instructor.remove', subjectKind: 'cours', subjectId: course.id, summary: `Retrait de ${instructor.name} des formateurs du cours « ${course.name} »`, before: instructor });
      });
      return reply.redirect(back(course.id, 'supprime'), 303);
    },
  );

  app.post<{ Params: InstructorParams; Body: { sens: 'monter' | 'descendre' } }>(
    '/formateur/cours/:courseId/formateurs/:instructorId/deplacer',
    { config: { access: 'verified' }, schema: { hide: true, params: itemParams, body: moveBody } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const moved = await app.db.transaction().execute((trx) => move(trx, 'course_instructors', course.id, request.params.instructorId, request.body.sens));
      if (!moved) throw new AppError('NOT_FOUND', "Ce formateur n'existe pas.");
      return reply.redirect(back(course.id, 'enregistre'), 303);
    },
  );
}
