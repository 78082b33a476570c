import { formatDateTime, formatNumber } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, FieldGroup, type FieldErrors, fieldIds, Input, Notice, RadioFieldset } from '../../../platform/html/forms.js';
import type { SessionWithCount } from '../courses.repository.js';
import { SESSION_STATE_LABELS, sessionState } from '../session-state.js';
import { ActionButton, AuthoringLayout, authoringHref } from './authoring-layout.js';
import { SESSION_FIELD_LABELS, type SessionForm } from './session-form.js';

function DateTimeInput({ name, label, value, error }: { name: string; label: string; value: string; error?: string }) {
  const hint = 'Heure de Paris. Format : jj/mm/aaaa hh:mm';
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input class={`fr-input${error ? ' fr-input--error' : ''}`} type="datetime-local" id={id} name={name} value={value} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
    </FieldGroup>
  );
}

export function SessionFields({ form, errors }: { form: SessionForm; errors: FieldErrors }) {
  return (
    <>
      <Input name="name" label="Nom de la session" hint="Par exemple : Session de mars 2026." value={form.name} error={errors.name} maxLength={120} />
      <RadioFieldset
        name="selfPaced"
        legend="Rythme"
        options={[
          { value: 'non', label: 'À dates fixes', hint: 'Les semaines ouvrent une à une à partir du début.' },
          { value: 'oui', label: 'À son rythme', hint: 'Toujours ouverte, tout le contenu est accessible ; les dates ci-dessous sont ignorées.' },
        ]}
        value={form.selfPaced}
        error={errors.selfPaced}
      />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <DateTimeInput name="enrolmentOpensAt" label="Ouverture des inscriptions" value={form.enrolmentOpensAt} error={errors.enrolmentOpensAt} />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <DateTimeInput name="enrolmentClosesAt" label="Clôture des inscriptions" value={form.enrolmentClosesAt} error={errors.enrolmentClosesAt} />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <DateTimeInput name="startsAt" label="Début de la session" value={form.startsAt} error={errors.startsAt} />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <DateTimeInput name="endsAt" label="Fin de la session" value={form.endsAt} error={errors.endsAt} />
        </div>
      </div>
      <Input name="capacity" type="number" label="Nombre maximal d’inscrits (facultatif)" hint="Laissez vide pour ne pas limiter les inscriptions." value={form.capacity} error={errors.capacity} min={1} />
    </>
  );
}

function dates(session: SessionWithCount): string {
  if (session.self_paced) return 'À son rythme';
  return `Du ${formatDateTime(session.starts_at!)} au ${formatDateTime(session.ends_at!)} ; inscriptions du ${formatDateTime(session.enrolment_opens_at!)} au ${formatDateTime(session.enrolment_closes_at!)}`;
}

export function SessionsPage(props: { course: { id: number; name: string }; sessions: SessionWithCount[]; csrfToken: string; form: SessionForm; errors: FieldErrors; notice?: string; now: Date }) {
  const { course, sessions, csrfToken, form, errors, notice, now } = props;
  const base = authoringHref(course.id, 'sessions');
  return (
    <AuthoringLayout course={course} section="sessions" title={`Sessions – ${course.name}`}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={SESSION_FIELD_LABELS} />
      {sessions.length ? (
        <div class="fr-table fr-table--sm">
          <div class="fr-table__wrapper">
            <div class="fr-table__container">
              <div class="fr-table__content">
                <table>
                  <caption>Sessions du cours</caption>
                  <thead>
                    <tr>
                      <th scope="col">Session</th>
                      <th scope="col">État</th>
                      <th scope="col">Dates</th>
                      <th scope="col">Inscrits</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sessions.map((session) => (
                      <tr key={session.id}>
                        <th scope="row">{session.name}</th>
                        <td>{SESSION_STATE_LABELS[sessionState(session, now)]}</td>
                        <td>{dates(session)}</td>
                        <td>
                          {formatNumber(session.enrolled)}
                          {session.capacity === null ? '' : ` / ${formatNumber(session.capacity)}`}
                        </td>
                        <td>
                          <ul class="es-unstyled-list">
                            <li>
                              <a href={`${base}/${session.id}`}>
                                Modifier<span class="fr-sr-only"> « {session.name} »</span>
                              </a>
                            </li>
                            <li>
                              <a href={`${authoringHref(course.id, 'statistiques')}?session=${session.id}`}>
                                Statistiques<span class="fr-sr-only"> de « {session.name} »</span>
                              </a>
                            </li>
                            <li>
                              <a href={`${base}/${session.id}/annonces`}>
                                Annonces<span class="fr-sr-only"> de « {session.name} »</span>
                              </a>
                            </li>
                          </ul>
                          <ActionButton
                            action={`${base}/${session.id}/archiver`}
                            csrfToken={csrfToken}
                            text={session.archived_at ? 'Désarchiver' : 'Archiver'}
                            label={session.name}
                            fields={{ archive: session.archived_at ? 'non' : 'oui' }}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      ) : (
        <p>Ce cours n’a pas encore de session : les apprenants ne peuvent pas s’y inscrire.</p>
      )}
      <section class="fr-mt-4w" aria-labelledby="titre-nouvelle-session">
        <h2 id="titre-nouvelle-session">Nouvelle session</h2>
        <form method="post" action={base} novalidate>
          <CsrfField token={csrfToken} />
          <SessionFields form={form} errors={errors} />
          <button class="fr-btn" type="submit">
            Créer la session
          </button>
        </form>
      </section>
    </AuthoringLayout>
  );
}

export function SessionEditPage(props: { course: { id: number; name: string }; session: { id: number; name: string }; csrfToken: string; form: SessionForm; errors: FieldErrors }) {
  const { course, session, csrfToken, form, errors } = props;
  const action = `${authoringHref(course.id, 'sessions')}/${session.id}`;
  return (
    <AuthoringLayout course={course} section="sessions" title={`Modifier la session « ${session.name} »`} crumbs={[{ label: session.name }]}>
      <ErrorSummary errors={errors} labels={SESSION_FIELD_LABELS} />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrfToken} />
        <SessionFields form={form} errors={errors} />
        <button class="fr-btn" type="submit">
          Enregistrer
        </button>
      </form>
    </AuthoringLayout>
  );
}
