import { formatDate } from '../../../../platform/html/components.js';
import { Notice } from '../../../../platform/html/forms.js';
import { findApi } from '../../apis.registry.js';
import type { SubscriptionStatus } from '../../developer.table.js';
import type { ApplicationSummary } from '../applications.repository.js';
import { MAX_APPLICATIONS } from '../applications.service.js';
import { SUBSCRIPTION_STATUS_LABELS } from '../subscriptions.workflow.js';
import { ApplicationBadge, APPLICATIONS_HREF, applicationHref, DeveloperFrame } from './components.js';

function SubscriptionsSummary({ subscriptions }: { subscriptions: ApplicationSummary['subscriptions'] }) {
  if (!subscriptions.length) return <>Aucun abonnement</>;
  return (
    <ul class="es-inline-list">
      {subscriptions.map((subscription) => (
        <li key={subscription.api}>
          {findApi(subscription.api)?.name ?? subscription.api} : {SUBSCRIPTION_STATUS_LABELS[subscription.status as SubscriptionStatus] ?? subscription.status}
        </li>
      ))}
    </ul>
  );
}

/** The developer's applications (revoked ones too, read-only) and the button to create one. */
export function MyApplicationsPage({ applications, notice }: { applications: ApplicationSummary[]; notice?: string }) {
  const atLimit = applications.length >= MAX_APPLICATIONS;
  return (
    <DeveloperFrame title="Mes applications" crumbs={[]}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p class="fr-text--lead">Vos applications, leurs identifiants et leurs abonnements aux API Emploi Store.</p>
      {atLimit ? (
        <Notice type="info">Vous avez {MAX_APPLICATIONS} applications, le maximum par compte : révoquez celles dont vous ne vous servez plus pour en créer d’autres.</Notice>
      ) : (
        <p>
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left" href={`${APPLICATIONS_HREF}/nouvelle`}>
            Créer une application
          </a>
        </p>
      )}
      {applications.length ? (
        <div class="fr-table">
          <table>
            <caption>
              {applications.length > 1 ? `${applications.length} applications` : '1 application'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Identifiant client</th>
                <th scope="col">État</th>
                <th scope="col">Abonnements</th>
                <th scope="col">Créée le</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <th scope="row">
                    <a href={applicationHref(application.id)}>{application.name}</a>
                  </th>
                  <td>
                    <code>{application.client_id}</code>
                  </td>
                  <td>
                    <ApplicationBadge status={application.status} />
                  </td>
                  <td>
                    <SubscriptionsSummary subscriptions={application.subscriptions} />
                  </td>
                  <td>{formatDate(application.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Vous n’avez pas encore d’application. Créez-en une pour obtenir un identifiant client et une clé secrète.</p>
      )}
    </DeveloperFrame>
  );
}
