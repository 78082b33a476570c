import { Breadcrumb, plural } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice } from '../../../platform/html/forms.js';
import type { CertificateRow } from '../moocs.table.js';
import { CertificateDetails, RevokedNotice } from './certificate-details.js';
import { LEARNER_NAME_MAX } from './certificates.service.js';

export interface MissingLesson {
  id: number;
  week: number;
  title: string;
  /** « voir », « réussir », « faire et réussir » */
  todo: string;
}

const MISSING_SHOWN = 8;

export interface CertificatePageProps {
  course: { slug: string; name: string };
  session: { id: number; name: string };
  /** Issued: its details and downloads; earned: the button; not earned: what is missing. */
  state: { kind: 'issued'; certificate: CertificateRow; verifyUrl: string } | { kind: 'earned'; learnerName: string } | { kind: 'not-earned'; percent: number; missing: MissingLesson[] };
  /** The account has no display name: the form asks for the name to print. */
  askName?: boolean;
  csrfToken?: string;
  values?: { learnerName?: string };
  errors?: FieldErrors;
  notice?: string;
}

export const certificatePath = (slug: string, sessionId: number) => `/moocs/${slug}/sessions/${sessionId}/certificat`;

/** The certificate of a session for its learner: obtain it, download it, or see what is missing. */
export function CertificatePage(props: CertificatePageProps) {
  const { course, session, state } = props;
  const home = `/moocs/${course.slug}/sessions/${session.id}`;
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'MOOC', href: '/moocs' }, { label: course.name, href: `/moocs/${course.slug}` }, { label: session.name, href: `${home}/contenu` }, { label: 'Certificat' }]} />
      <h1>Certificat de réussite</h1>
      <p class="fr-text--lead">
        {course.name} — {session.name}
      </p>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      {state.kind === 'issued' ? (
        <>
          <RevokedNotice certificate={state.certificate} />
          <CertificateDetails certificate={state.certificate} />
          {state.certificate.revoked_at ? null : (
            <section aria-labelledby="telechargements" class="fr-mb-4w">
              <h2 id="telechargements" class="fr-h4">
                Télécharger
              </h2>
              <ul class="fr-raw-list">
                <li class="fr-mb-2w">
                  <a class="fr-link fr-link--download" href={`/certificats/${state.certificate.number}/certificat.pdf`} download>
                    Certificat au format PDF <span class="fr-link__detail">PDF — A4 paysage</span>
                  </a>
                </li>
                <li class="fr-mb-2w">
                  <a class="fr-link fr-link--download" href={`/certificats/${state.certificate.number}/badge.json`} download>
                    Badge numérique Open Badges 3.0 <span class="fr-link__detail">JSON-LD signé — à importer dans un portefeuille de badges</span>
                  </a>
                </li>
              </ul>
              <p>
                Toute personne peut vérifier ce certificat avec son numéro sur <a href={state.verifyUrl}>la page de vérification</a>.
              </p>
            </section>
          )}
        </>
      ) : state.kind === 'earned' ? (
        <>
          <p>Félicitations : vous avez vu toutes les leçons et réussi tous les quiz de cette session. Votre certificat est prêt à être délivré.</p>
          <form method="post" action={certificatePath(course.slug, session.id)} class="fr-mb-4w" noValidate>
            <CsrfField token={props.csrfToken ?? ''} />
            <ErrorSummary errors={props.errors ?? {}} labels={{ learnerName: 'Nom à inscrire' }} />
            {props.askName ? (
              <Input
                name="learnerName"
                label="Nom à inscrire sur le certificat"
                hint="Votre prénom et votre nom, tels qu’ils figureront sur le certificat : ils ne pourront plus être modifiés."
                value={props.values?.learnerName}
                error={props.errors?.learnerName}
                autocomplete="name"
                maxLength={LEARNER_NAME_MAX}
                required
              />
            ) : (
              <p>
                Le certificat sera établi au nom de <strong>{state.learnerName}</strong> (le nom de votre compte). Ce nom ne pourra plus être modifié ensuite.
              </p>
            )}
            <button class="fr-btn" type="submit">
              Obtenir mon certificat
            </button>
          </form>
        </>
      ) : (
        <div class="fr-callout fr-mb-4w">
          <h2 class="fr-callout__title">Le certificat n’est pas encore obtenu</h2>
          <p class="fr-callout__text">Le certificat est délivré quand toutes les leçons sont vues et tous les quiz réussis.</p>
          <p class="fr-callout__text">Vous avez terminé {state.percent} % du cours.</p>
          {state.missing.length ? (
            <>
              <p>Il vous reste {plural(state.missing.length, 'leçon', 'leçons')} à terminer{state.missing.length > MISSING_SHOWN ? ', dont' : ''} :</p>
              <ul class="fr-mb-3w">
                {state.missing.slice(0, MISSING_SHOWN).map((lesson) => (
                  <li key={lesson.id}>
                    <a href={`${home}/lecons/${lesson.id}`}>
                      Semaine {lesson.week} — {lesson.title}
                    </a>{' '}
                    ({lesson.todo})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <a class="fr-btn fr-btn--secondary" href={`${home}/progression`}>
            Voir ma progression
          </a>
        </div>
      )}
    </div>
  );
}
