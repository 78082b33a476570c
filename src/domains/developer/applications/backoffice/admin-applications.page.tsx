import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb, formatDate, formatDateTime, Pagination, plural } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Textarea } from '../../../../platform/html/forms.js';
import { findApi } from '../../apis.registry.js';
import type { ApiSubscription } from '../../developer.table.js';
import type { AdminApplicationRow } from '../applications.repository.js';
import { REVOCATION_REASON_MAX } from '../applications.service.js';
import { ApplicationBadge, SubscriptionBadge } from '../pages/components.js';

export const ADMIN_APPLICATIONS_HREF = '/administration/applications';

function Frame({ title, crumbs, children }: { title: string; crumbs: Crumb[]; children: ComponentChildren }) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Administration', href: '/administration' }, ...crumbs]} />
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** Staff: every developer application, searchable by name, client_id or owner e-mail. */
export function AdminApplicationsPage({ q, page, pageCount, total, rows }: { q: string; page: number; pageCount: number; total: number; rows: AdminApplicationRow[] }) {
  const href = (n: number) => `${ADMIN_APPLICATIONS_HREF}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) }).toString()}`;
  return (
    <Frame title="Applications des développeurs" crumbs={[{ label: 'Applications des développeurs' }]}>
      <p>Les applications enregistrées sur l’espace développeurs. Les administrateurs peuvent révoquer une application (par exemple en cas d’abus) : la révocation est inscrite au journal et son propriétaire est prévenu.</p>
      <form method="get" action={ADMIN_APPLICATIONS_HREF} class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
        <div class="fr-col-12 fr-col-md-8">
          <Input name="q" type="search" label="Nom, identifiant client ou e-mail du propriétaire" value={q} maxLength={200} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <button class="fr-btn fr-btn--secondary fr-mb-3w" type="submit">
            Rechercher
          </button>
        </div>
      </form>
      <div class="fr-table">
        <table>
          <caption>{total ? plural(total, 'application', 'applications') : 'Aucune application'}{q ? ` pour « ${q} »` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Identifiant client</th>
              <th scope="col">Propriétaire</th>
              <th scope="col">État</th>
              <th scope="col">Créée le</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={`${ADMIN_APPLICATIONS_HREF}/${row.id}`}>{row.name}</a>
                </th>
                <td>
                  <code>{row.client_id}</code>
                </td>
                <td>{row.owner_email}</td>
                <td>
                  <ApplicationBadge status={row.status} />
                </td>
                <td>{formatDate(row.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} href={href} />
    </Frame>
  );
}

/** Staff: one application, its subscriptions, and (administrators) the revocation form. */
export function AdminApplicationPage(props: { application: AdminApplicationRow; subscriptions: ApiSubscription[]; canRevoke: boolean; reason: string; errors: FieldErrors; notice?: string; csrfToken: string }) {
  const { application, errors } = props;
  const base = `${ADMIN_APPLICATIONS_HREF}/${application.id}`;
  return (
    <Frame title={application.name} crumbs={[{ label: 'Applications des développeurs', href: ADMIN_APPLICATIONS_HREF }, { label: application.name }]}>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={{ reason: 'Motif' }} />
      <ApplicationBadge status={application.status} />
      <dl class="es-definition fr-mt-2w">
        <dt class="fr-text--bold">Identifiant client</dt>
        <dd class="fr-mb-2w">
          <code>{application.client_id}</code>
        </dd>
        <dt class="fr-text--bold">Propriétaire</dt>
        <dd class="fr-mb-2w">{application.owner_email}</dd>
        <dt class="fr-text--bold">Description</dt>
        <dd class="fr-mb-2w">{application.description}</dd>
        <dt class="fr-text--bold">Site web</dt>
        <dd class="fr-mb-2w">{application.website ?? 'Non renseigné'}</dd>
        <dt class="fr-text--bold">Créée le</dt>
        <dd class="fr-mb-2w">{formatDateTime(application.created_at)}</dd>
        {application.revoked_at ? (
          <>
            <dt class="fr-text--bold">Révoquée le</dt>
            <dd class="fr-mb-2w">
              {formatDateTime(application.revoked_at)}
              {application.revoked_reason ? ` — ${application.revoked_reason}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <h2>Abonnements</h2>
      {props.subscriptions.length ? (
        <div class="fr-table">
          <table>
            <caption>Abonnements aux API</caption>
            <thead>
              <tr>
                <th scope="col">API</th>
                <th scope="col">État</th>
                <th scope="col">Dernier message de l’équipe</th>
                <th scope="col">Décision</th>
              </tr>
            </thead>
            <tbody>
              {props.subscriptions.map((subscription) => (
                <tr key={subscription.id}>
                  <th scope="row">{findApi(subscription.api)?.name ?? subscription.api}</th>
                  <td>
                    <SubscriptionBadge status={subscription.status} />
                  </td>
                  <td>{subscription.staff_reason ?? '—'}</td>
                  <td>
                    <a href={`/moderation/abonnement-api/${subscription.id}`}>Ouvrir dans la modération</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun abonnement.</p>
      )}
      {props.canRevoke && application.status === 'active' ? (
        <section class="fr-mt-4w" aria-labelledby="revoquer">
          <h2 id="revoquer">Révoquer l’application</h2>
          <p>Ses clés cessent aussitôt de fonctionner, ses jetons sont refusés dans la minute, ses abonnements validés sont révoqués. Le propriétaire reçoit le motif par courriel.</p>
          <form method="post" action={`${base}/revoquer`} novalidate>
            <CsrfField token={props.csrfToken} />
            <Textarea name="reason" label="Motif (obligatoire)" hint={`Envoyé au propriétaire et conservé au journal, ${REVOCATION_REASON_MAX} caractères au plus.`} value={props.reason} error={errors.reason} maxLength={REVOCATION_REASON_MAX} rows={3} />
            <button class="fr-btn fr-btn--icon-left fr-icon-delete-line" type="submit">
              Révoquer l’application
            </button>
          </form>
        </section>
      ) : null}
    </Frame>
  );
}
