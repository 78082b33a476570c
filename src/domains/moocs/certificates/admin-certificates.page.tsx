import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb, formatDate, formatDateTime, plural } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Textarea } from '../../../platform/html/forms.js';
import type { CertificateRow } from '../moocs.table.js';
import { CertificateDetails } from './certificate-details.js';
import { REVOCATION_REASON_MAX } from './certificates.service.js';

function Frame({ title, crumbs, children }: { title: string; crumbs: Crumb[]; children: ComponentChildren }) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Administration', href: '/administration' }, ...crumbs]} />
      <h1>{title}</h1>
      {children}
    </div>
  );
}

const stateLabel = (certificate: CertificateRow) =>
  certificate.revoked_at ? <p class="fr-badge fr-badge--error fr-badge--sm">Révoqué</p> : <p class="fr-badge fr-badge--success fr-badge--sm">Valide</p>;

/** Staff: find certificates by number or learner name. */
export function AdminCertificatesPage({ query, certificates, searched }: { query: string; certificates: CertificateRow[]; searched: boolean }) {
  return (
    <Frame title="Certificats" crumbs={[{ label: 'Certificats' }]}>
      <p>Retrouvez un certificat de réussite pour le révoquer (fraude, erreur de délivrance) ou annuler une révocation. Chaque action est inscrite au journal.</p>
      <form method="get" action="/administration/certificats" class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
        <div class="fr-col-12 fr-col-md-8">
          <Input name="q" type="search" label="Numéro ou nom du titulaire" hint="Un numéro complet (ES-2026-…) ou une partie du nom" value={query} maxLength={200} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <button class="fr-btn fr-btn--secondary fr-mb-3w" type="submit">
            Rechercher
          </button>
        </div>
      </form>
      <div class="fr-table">
        <div class="fr-table__wrapper">
          <div class="fr-table__container">
            <div class="fr-table__content">
              <table>
                <caption>
                  {certificates.length ? plural(certificates.length, 'certificat', 'certificats') : 'Aucun certificat'}
                  {searched ? ` pour « ${query} »` : ' (les plus récents)'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Numéro</th>
                    <th scope="col">Titulaire</th>
                    <th scope="col">Cours</th>
                    <th scope="col">Délivré le</th>
                    <th scope="col">État</th>
                  </tr>
                </thead>
                <tbody>
                  {certificates.map((certificate) => (
                    <tr key={certificate.id}>
                      <td>
                        <a href={`/administration/certificats/${certificate.id}`}>{certificate.number}</a>
                      </td>
                      <td>{certificate.learner_name}</td>
                      <td>
                        {certificate.course_title} — {certificate.session_name}
                      </td>
                      <td>{formatDate(certificate.issued_at)}</td>
                      <td>{stateLabel(certificate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </Frame>
  );
}

export interface AdminCertificatePageProps {
  certificate: CertificateRow;
  revokedByName: string | null;
  csrfToken: string;
  reason?: string;
  errors?: FieldErrors;
  notice?: string;
}

/** Staff: one certificate, revoke it with a reason or cancel its revocation. */
export function AdminCertificatePage({ certificate, revokedByName, csrfToken, reason, errors = {}, notice }: AdminCertificatePageProps) {
  const base = `/administration/certificats/${certificate.id}`;
  return (
    <Frame title={`Certificat ${certificate.number}`} crumbs={[{ label: 'Certificats', href: '/administration/certificats' }, { label: certificate.number }]}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>{stateLabel(certificate)}</p>
      <CertificateDetails certificate={certificate} />
      <p>
        <a href={`/certificats/verifier/${certificate.number}`}>Page publique de vérification</a>
      </p>
      {certificate.revoked_at ? (
        <section aria-labelledby="revocation">
          <h2 id="revocation" class="fr-h4">
            Révocation
          </h2>
          <p>
            Révoqué le {formatDateTime(certificate.revoked_at)}
            {revokedByName ? ` par ${revokedByName}` : ''}. Motif : {certificate.revoked_reason}
          </p>
          <form method="post" action={`${base}/annulation-revocation`}>
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-btn--secondary" type="submit">
              Annuler la révocation
            </button>
          </form>
        </section>
      ) : (
        <section aria-labelledby="revocation">
          <h2 id="revocation" class="fr-h4">
            Révoquer ce certificat
          </h2>
          <p>La page de vérification indiquera que le certificat est révoqué, avec la date et le motif ; son titulaire ne pourra plus le télécharger.</p>
          <form method="post" action={`${base}/revocation`} noValidate>
            <CsrfField token={csrfToken} />
            <ErrorSummary errors={errors} labels={{ reason: 'Motif' }} />
            <Textarea name="reason" label="Motif de la révocation" hint="Affiché publiquement sur la page de vérification." value={reason} error={errors.reason} maxLength={REVOCATION_REASON_MAX} rows={3} />
            <button class="fr-btn fr-btn--tertiary" type="submit">
              Révoquer le certificat
            </button>
          </form>
        </section>
      )}
    </Frame>
  );
}
