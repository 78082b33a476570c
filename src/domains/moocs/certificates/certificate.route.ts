import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { findCourseBySlug, findEnrolment, findSession } from '../courses.repository.js';
import type { CertificateRow } from '../moocs.table.js';
import { normaliseCertificateNumber } from './certificate-number.js';
import { CertificatePage, type CertificatePageProps, certificatePath } from './certificate.page.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { computeProgress } from '../learning/progress.js';
import { findCertificateByEnrolment, findCertificateByNumber } from './certificates.repository.js';
import { issueCertificate, validateLearnerName } from './certificates.service.js';
import { buildCredential, signCredential, verificationUrl } from './open-badge.js';
import { getOrCreateKeyPair } from './signing-keys.js';

export const BADGE_KEY_NAME = 'certificates-ed25519';

interface SessionRoute {
  Params: { slug: string; sessionId: number };
  Querystring: { delivre?: string };
  Body: FormBody<'learnerName'>;
}

const sessionParams = {
  type: 'object',
  required: ['slug', 'sessionId'],
  properties: { slug: { type: 'string', maxLength: 100 }, sessionId: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;
const numberParams = { type: 'object', required: ['number'], properties: { number: { type: 'string', maxLength: 60 } } } as const;

const isStaff = (viewer: Viewer) => viewer.roles.includes('moderateur') || viewer.roles.includes('administrateur');

/** The course, session and the viewer's enrolment in it, or the 404/403 that says which is missing. */
async function loadEnrolment(db: Db, slug: string, sessionId: number, viewer: Viewer) {
  const course = await findCourseBySlug(db, slug);
  if (!course) throw new AppError('COURSE_NOT_FOUND');
  const session = await findSession(db, course.id, sessionId);
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  const enrolment = await findEnrolment(db, session.id, viewer.accountId);
  if (!enrolment) throw new AppError('NOT_ENROLLED');
  return { course, session, enrolment };
}

/** A certificate its owner (or staff) may download; anyone else is told it does not exist. */
async function loadOwnedCertificate(db: Db, number: string, viewer: Viewer): Promise<CertificateRow> {
  const canonical = normaliseCertificateNumber(number);
  const certificate = canonical ? await findCertificateByNumber(db, canonical) : undefined;
  if (!certificate || (certificate.account_id !== viewer.accountId && !isStaff(viewer))) throw new AppError('CERTIFICATE_NOT_FOUND');
  if (certificate.revoked_at) throw new AppError('CERTIFICATE_REVOKED');
  return certificate;
}

/** The learner's certificate page (obtain it once the session is completed) and its downloads. */
export function registerCertificateRoutes(app: FastifyInstance): void {
  const render = async (request: FastifyRequest<SessionRoute>, reply: FastifyReply, form: { values?: { learnerName?: string }; errors?: FieldErrors } = {}) => {
    const viewer = request.viewer!;
    const { course, session, enrolment } = await loadEnrolment(app.db, request.params.slug, request.params.sessionId, viewer);
    const certificate = await findCertificateByEnrolment(app.db, enrolment.id);
    let state: CertificatePageProps['state'];
    if (certificate) state = { kind: 'issued', certificate, verifyUrl: verificationUrl('', certificate.number) };
    else if (enrolment.completed_at) state = { kind: 'earned', learnerName: viewer.displayName.trim() };
    else {
      const progress = await computeProgress(app.db, enrolment.id);
      const lessons = progress.weeks.flatMap((week) => week.lessons.map((lesson) => ({ ...lesson, week: week.position })));
      state = {
        kind: 'not-earned',
        percent: progress.percent,
        missing: lessons.filter((lesson) => !lesson.done).map((lesson) => ({ id: lesson.lessonId, week: lesson.week, title: lesson.title, todo: lesson.kind === 'quiz' && lesson.seen ? 'réussir' : lesson.kind === 'quiz' ? 'faire et réussir' : 'voir' })),
      };
      reply.status(409);
    }
    const failed = Object.keys(form.errors ?? {}).length > 0;
    const notice = request.query.delivre !== undefined && certificate ? 'Votre certificat est délivré : téléchargez-le ci-dessous.' : undefined;
    return reply.header('cache-control', 'no-store').page(
      { title: `${failed ? 'Erreur — ' : ''}Certificat — ${course.name}` },
      h(CertificatePage, { course, session, state, askName: !viewer.displayName.trim(), csrfToken: reply.generateCsrf(), values: form.values, errors: form.errors, notice }),
    );
  };

  const querystring = { type: 'object', properties: { delivre: { type: 'string', maxLength: 10 } } } as const;
  app.get<SessionRoute>('/moocs/:slug/sessions/:sessionId/certificat', { config: { access: 'verified' }, schema: { hide: true, params: sessionParams, querystring } }, (request, reply) =>
    render(request, reply),
  );

  app.post<SessionRoute>(
    '/moocs/:slug/sessions/:sessionId/certificat',
    { config: { access: 'verified' }, schema: { hide: true, params: sessionParams, querystring, body: formBodySchema(['learnerName']) } },
    async (request, reply) => {
      const viewer = request.viewer!;
      const { course, session, enrolment } = await loadEnrolment(app.db, request.params.slug, request.params.sessionId, viewer);
      const target = `${certificatePath(course.slug, session.id)}?delivre=1`;
      if (await findCertificateByEnrolment(app.db, enrolment.id)) return reply.redirect(target, 303);
      if (!enrolment.completed_at) return render(request, reply);
      let learnerName = viewer.displayName.trim();
      if (!learnerName) {
        const { name, errors } = validateLearnerName(request.body?.learnerName);
        if (Object.keys(errors).length) return render(request, reply.status(400), { values: { learnerName: request.body?.learnerName ?? '' }, errors });
        learnerName = name;
      }
      await issueCertificate(app.db, { course, session, enrolment, learnerName });
      return reply.redirect(target, 303);
    },
  );

  app.get<{ Params: { number: string } }>('/certificats/:number/certificat.pdf', { config: { access: 'verified' }, schema: { hide: true, params: numberParams } }, async (request, reply) => {
    const certificate = await loadOwnedCertificate(app.db, request.params.number, request.viewer!);
    const pdf = await renderCertificatePdf(certificate, { publicUrl: app.config.publicUrl, operatorName: app.config.operatorName });
    return reply
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="certificat-${certificate.number}.pdf"`)
      .type('application/pdf')
      .send(pdf);
  });

  app.get<{ Params: { number: string } }>('/certificats/:number/badge.json', { config: { access: 'verified' }, schema: { hide: true, params: numberParams } }, async (request, reply) => {
    const certificate = await loadOwnedCertificate(app.db, request.params.number, request.viewer!);
    const issuer = { publicUrl: app.config.publicUrl, operatorName: app.config.operatorName };
    const keys = await getOrCreateKeyPair(app.db, BADGE_KEY_NAME);
    const credential = signCredential(buildCredential(certificate, issuer), keys, issuer.publicUrl);
    return reply
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="badge-${certificate.number}.json"`)
      .type('application/ld+json; charset=utf-8')
      .send(JSON.stringify(credential, null, 2));
  });
}
