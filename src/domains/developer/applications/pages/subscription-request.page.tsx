import { formatDateTime } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Notice, Textarea } from '../../../../platform/html/forms.js';
import type { DeveloperApi } from '../../apis.registry.js';
import type { ApiSubscription, DeveloperApplication } from '../../developer.table.js';
import { USE_CASE_MAX, USE_CASE_MIN } from '../subscriptions.service.js';
import { availableSubscriptionActions } from '../subscriptions.workflow.js';
import { applicationHref, DeveloperFrame, SubscriptionBadge } from './components.js';

/** A request for a restricted API: the use case, saved as a draft or sent to the staff. */
export function SubscriptionRequestPage(props: {
  application: DeveloperApplication;
  api: DeveloperApi;
  subscription: ApiSubscription | undefined;
  useCase: string;
  errors: FieldErrors;
  notice?: string;
  csrfToken: string;
}) {
  const { application, api, subscription, errors } = props;
  const base = applicationHref(application.id);
  const editable = application.status === 'active' && availableSubscriptionActions(subscription?.status ?? null, 'proprietaire', api.access).includes('envoyer');
  return (
    <DeveloperFrame title={`Accès à l’API ${api.name}`} crumbs={[{ label: application.name, href: base }, { label: `Accès à l’API ${api.name}` }]} narrow>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={{ useCase: 'Usage prévu' }} />
      <SubscriptionBadge status={subscription?.status ?? null} />
      <p class="fr-mt-2w">
        Cette API est sur validation : l’équipe Emploi Store examine l’usage prévu des données avant d’accorder l’abonnement à l’application « {application.name} ». Vous recevez sa réponse par courriel.
      </p>
      {subscription?.submitted_at && subscription.status === 'soumise' ? <p>Demande envoyée le {formatDateTime(subscription.submitted_at)}.</p> : null}
      {subscription?.staff_reason ? (
        <div class={`fr-callout fr-mb-4w${subscription.status === 'refusee' || subscription.status === 'revoquee' ? ' fr-callout--pink-tuile' : ''}`}>
          <h2 class="fr-callout__title fr-h6">Message de l’équipe Emploi Store</h2>
          <p class="fr-callout__text">{subscription.staff_reason}</p>
        </div>
      ) : null}
      {editable ? (
        <form method="post" action={`${base}/abonnements/${api.slug}`} novalidate>
          <CsrfField token={props.csrfToken} />
          <Textarea
            name="useCase"
            label="Décrivez l’usage prévu"
            hint={`Ce que l’application fera des données, pour qui, à quelle fréquence : de ${USE_CASE_MIN} à ${USE_CASE_MAX} caractères pour envoyer la demande.`}
            value={props.useCase}
            error={errors.useCase}
            maxLength={USE_CASE_MAX}
            rows={8}
          />
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button class="fr-btn" type="submit" name="intent" value="envoyer">
                Envoyer la demande
              </button>
            </li>
            <li>
              <button class="fr-btn fr-btn--secondary" type="submit" name="intent" value="enregistrer">
                Enregistrer le brouillon
              </button>
            </li>
          </ul>
        </form>
      ) : (
        <>
          <h2 class="fr-h6">Usage prévu</h2>
          <p class="es-mail-text">{subscription?.use_case || 'Non renseigné.'}</p>
          <p>
            <a href={`${base}#abonnements`}>Retour à l’application</a>
          </p>
        </>
      )}
    </DeveloperFrame>
  );
}
