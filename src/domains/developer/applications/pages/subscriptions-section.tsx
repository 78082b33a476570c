import { formatDateTime } from '../../../../platform/html/components.js';
import { CsrfField } from '../../../../platform/html/forms.js';
import { DEVELOPER_APIS, type DeveloperApi } from '../../apis.registry.js';
import type { ApiSubscription, DeveloperApplication } from '../../developer.table.js';
import { availableSubscriptionActions } from '../subscriptions.workflow.js';
import { ACCESS_MODE_LABELS, applicationHref, SubscriptionBadge } from './components.js';

export const subscriptionHref = (applicationId: number, api: DeveloperApi) => `${applicationHref(applicationId)}/abonnements/${api.slug}`;

function Actions({ application, api, subscription, csrfToken }: { application: DeveloperApplication; api: DeveloperApi; subscription: ApiSubscription | undefined; csrfToken: string }) {
  if (application.status !== 'active') return null;
  const actions = availableSubscriptionActions(subscription?.status ?? null, 'proprietaire', api.access);
  const href = subscriptionHref(application.id, api);
  const button = (action: string, label: string, secondary: boolean) => (
    <form method="post" action={`${href}/${action}`} class="fr-mt-2w">
      <CsrfField token={csrfToken} />
      <button class={`fr-btn fr-btn--sm${secondary ? ' fr-btn--secondary' : ''}`} type="submit">
        {label}
        <span class="fr-sr-only"> : {api.name}</span>
      </button>
    </form>
  );
  if (actions.includes('souscrire')) return button('souscrire', 'S’abonner', false);
  if (actions.includes('se-desabonner')) return button('desabonner', 'Se désabonner', true);
  if (api.access === 'ouverte') return null;
  const label = actions.includes('envoyer') ? (subscription ? 'Modifier et envoyer la demande' : 'Demander l’accès') : 'Voir la demande';
  return (
    <p class="fr-mt-2w fr-mb-0">
      <a class={`fr-btn fr-btn--sm${actions.length ? '' : ' fr-btn--tertiary'}`} href={href}>
        {label}
        <span class="fr-sr-only"> : {api.name}</span>
      </a>
    </p>
  );
}

/** One block per API of the registry: its access mode, the subscription's state, what can be done. */
export function SubscriptionsSection({ application, subscriptions, csrfToken }: { application: DeveloperApplication; subscriptions: ApiSubscription[]; csrfToken: string }) {
  return (
    <section aria-labelledby="abonnements">
      <h2 id="abonnements">Abonnements aux API</h2>
      <p>Un jeton d’accès porte les portées des API auxquelles l’application est abonnée (état « Validé »).</p>
      <ul class="es-unstyled-list fr-grid-row fr-grid-row--gutters fr-mb-4w">
        {DEVELOPER_APIS.map((api) => {
          const subscription = subscriptions.find((row) => row.api === api.slug);
          return (
            <li class="fr-col-12 fr-col-md-6" key={api.slug}>
              <div class="fr-card fr-card--no-arrow">
                <div class="fr-card__body">
                  <div class="fr-card__content">
                    <h3 class="fr-card__title">
                      <a href={`/developpeurs/api/${api.slug}`}>
                        {api.name} ({api.version})
                      </a>
                    </h3>
                    <div class="fr-card__desc">
                      <SubscriptionBadge status={subscription?.status ?? null} />
                      <p class="fr-text--sm fr-mt-1w fr-mb-1w">{ACCESS_MODE_LABELS[api.access]}. Portées : {api.scopes.join(', ')}.</p>
                      {subscription?.decided_at && subscription.status === 'validee' ? <p class="fr-text--sm fr-mb-1w">Validé le {formatDateTime(subscription.decided_at)}.</p> : null}
                      {subscription?.staff_reason ? (
                        <p class="fr-text--sm fr-mb-1w">
                          <strong>Message de l’équipe Emploi Store :</strong> {subscription.staff_reason}
                        </p>
                      ) : null}
                      <Actions application={application} api={api} subscription={subscription} csrfToken={csrfToken} />
                    </div>
                  </div>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
