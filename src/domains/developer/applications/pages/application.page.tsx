import { formatDate, formatDateTime } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Notice } from '../../../../platform/html/forms.js';
import type { ApiSubscription, DeveloperApplication } from '../../developer.table.js';
import type { SecretRow } from '../applications.repository.js';
import type { ApplicationFormValues } from '../applications.service.js';
import { ApplicationFields, FORM_LABELS } from './application-form.page.js';
import { ApplicationBadge, applicationHref, DeveloperFrame, RevokedNotice } from './components.js';
import { SubscriptionsSection } from './subscriptions-section.js';

export interface ApplicationPageProps {
  application: DeveloperApplication;
  secrets: SecretRow[];
  subscriptions: ApiSubscription[];
  values: ApplicationFormValues;
  errors: FieldErrors;
  notice?: string;
  csrfToken: string;
}

function SecretsTable({ secrets }: { secrets: SecretRow[] }) {
  if (!secrets.length) return <p>Aucune clé secrète valide.</p>;
  return (
    <div class="fr-table">
      <table>
        <caption>Clés secrètes valides</caption>
        <thead>
          <tr>
            <th scope="col">Clé</th>
            <th scope="col">Créée le</th>
            <th scope="col">Valide jusqu’au</th>
          </tr>
        </thead>
        <tbody>
          {secrets.map((secret) => (
            <tr key={secret.id}>
              <th scope="row">
                Se terminant par <code>{secret.hint}</code>
              </th>
              <td>{formatDateTime(secret.created_at)}</td>
              <td>{secret.expires_at ? formatDateTime(secret.expires_at) : 'Sans limite (jusqu’au prochain renouvellement)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Details({ application }: { application: DeveloperApplication }) {
  return (
    <dl class="es-definition">
      <dt class="fr-text--bold">Description</dt>
      <dd class="fr-mb-2w">{application.description}</dd>
      <dt class="fr-text--bold">Site web</dt>
      <dd class="fr-mb-2w">{application.website ? <a href={application.website}>{application.website}</a> : 'Non renseigné'}</dd>
    </dl>
  );
}

/** An application: credentials, subscriptions, details; revoked ones are read-only. */
export function ApplicationPage(props: ApplicationPageProps) {
  const { application, errors, csrfToken } = props;
  const active = application.status === 'active';
  const base = applicationHref(application.id);
  return (
    <DeveloperFrame title={application.name} crumbs={[{ label: application.name }]}>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      {active ? null : <RevokedNotice revokedAt={application.revoked_at} reason={application.revoked_reason} />}
      <ErrorSummary errors={errors} labels={FORM_LABELS} />
      <ApplicationBadge status={application.status} />
      <p class="fr-mt-1w">Créée le {formatDate(application.created_at)}.</p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <a class="fr-btn fr-btn--tertiary" href={`${base}/statistiques`}>
            Statistiques d’utilisation
          </a>
        </li>
        {active ? (
          <li>
            <a class="fr-btn fr-btn--tertiary" href="/developpeurs/api">
              Essayer les API dans la console
            </a>
          </li>
        ) : null}
        {active ? (
          <li>
            <a class="fr-btn fr-btn--tertiary" href={`${base}/proposer`}>
              Proposer mon application dans l’Emploi Store
            </a>
          </li>
        ) : null}
      </ul>

      <h2 id="identifiants">Identifiants</h2>
      <dl class="es-definition">
        <dt class="fr-text--bold">Identifiant client (client_id)</dt>
        <dd class="fr-mb-2w">
          <code>{application.client_id}</code>
        </dd>
      </dl>
      <SecretsTable secrets={props.secrets} />
      {active ? (
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a class="fr-btn fr-btn--secondary" href={`${base}/secret`}>
              Renouveler la clé secrète
            </a>
          </li>
        </ul>
      ) : null}

      <SubscriptionsSection application={application} subscriptions={props.subscriptions} csrfToken={csrfToken} />

      <h2 id="informations">Informations</h2>
      {active ? (
        <form method="post" action={base} novalidate>
          <CsrfField token={csrfToken} />
          <ApplicationFields values={props.values} errors={errors} />
          <button class="fr-btn" type="submit">
            Enregistrer les informations
          </button>
        </form>
      ) : (
        <Details application={application} />
      )}

      {active ? (
        <section class="fr-mt-6w" aria-labelledby="revocation">
          <h2 id="revocation">Révoquer l’application</h2>
          <p>La révocation est définitive : les clés secrètes cessent de fonctionner, les jetons en cours sont refusés dans la minute et les abonnements validés sont révoqués.</p>
          <a class="fr-btn fr-btn--tertiary" href={`${base}/revoquer`}>
            Révoquer l’application
          </a>
        </section>
      ) : null}
    </DeveloperFrame>
  );
}
