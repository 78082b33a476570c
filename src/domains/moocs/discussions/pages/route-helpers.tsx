import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../../../platform/http/errors.js';
import { findCourseBySlug } from '../../courses.repository.js';

export interface SessionParams {
  slug: string;
  sessionId: string;
}

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
export const sessionParams = { type: 'object', required: ['slug', 'sessionId'], properties: { slug: text(100), sessionId: text(40) } } as const;
export const threadParams = { type: 'object', required: ['slug', 'sessionId', 'threadId'], properties: { slug: text(100), sessionId: text(40), threadId: text(40) } } as const;
export const postParams = {
  type: 'object',
  required: ['slug', 'sessionId', 'threadId', 'postId'],
  properties: { slug: text(100), sessionId: text(40), threadId: text(40), postId: text(40) },
} as const;

/** An expired or forged form (CSRF check). */
export const isCsrfError = (error: Error) => String((error as { code?: unknown }).code ?? '').startsWith('FST_CSRF_');
export const EXPIRED_FORM = 'Le formulaire a expiré ou ne provient pas de ce site : vos saisies sont conservées ci-dessous, vérifiez-les puis envoyez à nouveau le formulaire.';

/** « Inscrivez-vous… » with the way to the course's sessions, instead of a bare 403 page. */
function NotEnrolledPage({ slug, name, message }: { slug: string; name: string; message: string }) {
  return (
    <div class="fr-container fr-my-7w">
      <h1>Discussions réservées aux inscrits</h1>
      <p class="fr-text--sm fr-mb-3w">Erreur 403</p>
      <p class="fr-text--lead">{message}</p>
      <p>Les discussions d’une session sont ouvertes à ses apprenants inscrits et à l’équipe pédagogique du cours.</p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <a class="fr-btn" href={`/moocs/${slug}`}>
            Voir les sessions de « {name} » et s’inscrire
          </a>
        </li>
      </ul>
    </div>
  );
}

/** GET pages: a NOT_ENROLLED refusal shows the enrolment prompt; anything else goes to the usual handler. */
export async function enrolPromptOnRefusal(error: Error, request: FastifyRequest, reply: FastifyReply) {
  if (!isAppError(error) || error.code !== 'NOT_ENROLLED' || request.method !== 'GET') throw error;
  const { slug } = request.params as SessionParams;
  const course = await findCourseBySlug(request.server.db, slug);
  if (!course) throw new AppError('COURSE_NOT_FOUND');
  return reply
    .status(403)
    .header('cache-control', 'no-store')
    .page({ title: 'Discussions réservées aux inscrits' }, <NotEnrolledPage slug={course.slug} name={course.name} message={error.message} />);
}

/** A notice key from the query string, when it is one of `known`. */
export function noticeOf<K extends string>(value: string | undefined, known: Record<K, string>): K | undefined {
  return value && Object.hasOwn(known, value) ? (value as K) : undefined;
}
