import { Breadcrumb, formatDateTime, formatNumber, plural } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Textarea } from '../../../platform/html/forms.js';
import { renderMarkdown } from '../../../platform/html/markdown.js';
import type { Course, SessionWithCount } from '../courses.repository.js';
import type { AnnouncementRow } from './announcements.repository.js';
import { type AnnouncementInput, MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } from './announcements.service.js';

export interface AnnouncementsPageProps {
  course: Course;
  session: SessionWithCount;
  announcements: AnnouncementRow[];
  csrfToken: string;
  values: AnnouncementInput;
  errors: FieldErrors;
  formError?: string;
  /** How many learners the announcement just sent went to. */
  sentTo: number | undefined;
}

export const announcementsHref = (courseId: number, sessionId: number) => `/formateur/cours/${courseId}/sessions/${sessionId}/annonces`;

/** An instructor writes to every learner enrolled in a session; the announcements already sent are listed below. */
export function AnnouncementsPage({ course, session, announcements, csrfToken, values, errors, formError, sentTo }: AnnouncementsPageProps) {
  const action = announcementsHref(course.id, session.id);
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Espace formateur', href: '/formateur' }, { label: course.name, href: `/formateur/cours/${course.id}` }, { label: `Annonces — ${session.name}` }]} />
      <h1>Annonces aux apprenants — {session.name}</h1>
      <p class="fr-text--lead">
        MOOC « {course.name} » : l’annonce est envoyée par e-mail à chacun des {plural(session.enrolled, 'apprenant inscrit', 'apprenants inscrits')} à cette session, et
        affichée dans l’onglet Discussions du cours.
      </p>
      {sentTo !== undefined ? <Notice>{sentTo ? `Annonce enregistrée : elle est envoyée à ${plural(sentTo, 'apprenant', 'apprenants')}.` : 'Annonce enregistrée : aucun apprenant n’est inscrit pour le moment.'}</Notice> : null}
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-lg-8">
          <h2>Nouvelle annonce</h2>
          {formError ? (
            <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
              <p>{formError}</p>
            </div>
          ) : null}
          <ErrorSummary errors={errors} labels={{ subject: 'Objet', body: 'Texte' }} />
          <form method="post" action={action} novalidate>
            <CsrfField token={csrfToken} />
            <Input name="subject" label="Objet" hint={`${formatNumber(MAX_SUBJECT_LENGTH)} caractères au maximum.`} value={values.subject} error={errors.subject} maxLength={MAX_SUBJECT_LENGTH} required />
            <Textarea
              name="body"
              label="Texte de l’annonce"
              hint={`Mise en forme Markdown possible (affichée sur le site ; l’e-mail reprend le texte tel quel). ${formatNumber(MAX_BODY_LENGTH)} caractères au maximum.`}
              value={values.body}
              error={errors.body}
              rows={10}
            />
            <button class="fr-btn" type="submit">
              Envoyer l’annonce
            </button>
          </form>
        </div>
      </div>
      <h2 class="fr-mt-6w">Annonces envoyées</h2>
      {announcements.length ? (
        <ul class="fr-raw-list">
          {announcements.map((announcement) => (
            <li class="fr-mb-4w" key={announcement.id}>
              <article aria-labelledby={`annonce-${announcement.id}`}>
                <h3 class="fr-h5 fr-mb-1w" id={`annonce-${announcement.id}`}>
                  {announcement.subject}
                </h3>
                <p class="fr-text--sm fr-mb-1w">
                  Le {formatDateTime(announcement.created_at)}
                  {announcement.author_name ? `, par ${announcement.author_name}` : ''} — envoyée à {formatNumber(announcement.sent)} sur {plural(announcement.recipients, 'destinataire', 'destinataires')}
                </p>
                <div class="es-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(announcement.body) }} />
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune annonce n’a encore été envoyée pour cette session.</p>
      )}
    </div>
  );
}
