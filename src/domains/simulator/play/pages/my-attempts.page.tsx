import { Breadcrumb, formatDateTime } from '../../../../platform/html/components.js';
import { CsrfField } from '../../../../platform/html/forms.js';
import { INTERVIEW_KIND_LABELS, type InterviewKind } from '../../engine/scenario.types.js';
import type { AttemptSummary } from '../../storage/attempts.repository.js';

/** « Mes simulations d'entretien »: the account's attempts, to resume or to read again. */
export function MyAttemptsPage({ attempts, csrfToken }: { attempts: AttemptSummary[]; csrfToken: string }) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Mes simulations d’entretien' }]} />
      <h1>Mes simulations d’entretien</h1>
      <p>
        <a class="fr-btn fr-btn--secondary fr-icon-play-line fr-btn--icon-left" href="/simulateur">
          Commencer un nouvel entretien
        </a>
      </p>
      {attempts.length ? (
        <div class="fr-table">
          <div class="fr-table__wrapper">
            <div class="fr-table__container">
              <div class="fr-table__content">
                <table>
                  <caption>Vos parties, de la plus récente à la plus ancienne</caption>
                  <thead>
                    <tr>
                      <th scope="col">Scénario</th>
                      <th scope="col">Métier visé</th>
                      <th scope="col">Commencée le</th>
                      <th scope="col">État</th>
                      <th scope="col">Action</th>
                    </tr>
                  </thead>
                  <tbody>
                    {attempts.map((attempt) => (
                      <tr key={attempt.id}>
                        <th scope="row">
                          {attempt.scenarioTitle}
                          <span class="fr-hint-text">{INTERVIEW_KIND_LABELS[attempt.interviewKind as InterviewKind] ?? attempt.interviewKind}</span>
                        </th>
                        <td>{attempt.jobLabel}</td>
                        <td>{formatDateTime(attempt.startedAt)}</td>
                        <td>
                          {attempt.finishedAt ? (
                            <>
                              Terminée{attempt.overall !== null ? ` — score global ${attempt.overall} sur 100` : ''}
                            </>
                          ) : (
                            'En cours'
                          )}
                        </td>
                        <td>
                          <form method="post" action={`/mon-espace/simulations/${attempt.id}/ouvrir`}>
                            <CsrfField token={csrfToken} />
                            <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit" title={`${attempt.finishedAt ? 'Voir le bilan' : 'Reprendre'} : ${attempt.scenarioTitle}, ${formatDateTime(attempt.startedAt)}`}>
                              {attempt.finishedAt ? 'Voir le bilan' : 'Reprendre'}
                            </button>
                          </form>
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
        <p>Vous n’avez pas encore fait de simulation d’entretien avec ce compte.</p>
      )}
    </div>
  );
}
