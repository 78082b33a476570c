import { formatDate, formatDateTime } from '../../../platform/html/components.js';
import type { CertificateRow } from '../moocs.table.js';
import { sessionDatesText } from './certificate-pdf.js';

type Details = Pick<CertificateRow, 'number' | 'learner_name' | 'course_title' | 'session_name' | 'session_starts_at' | 'session_ends_at' | 'issued_at'>;

/** What a certificate says (frozen at issue), as a description list. */
export function CertificateDetails({ certificate, headingLevel = 2 }: { certificate: Details; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="fr-mb-4w" aria-labelledby="certificat-details">
      <Heading id="certificat-details" class="fr-h4">
        Ce que dit le certificat
      </Heading>
      <dl class="certificate-details">
        <dt class="fr-text--bold fr-mb-0">Titulaire</dt>
        <dd class="fr-mb-2w">{certificate.learner_name}</dd>
        <dt class="fr-text--bold fr-mb-0">Cours</dt>
        <dd class="fr-mb-2w">{certificate.course_title}</dd>
        <dt class="fr-text--bold fr-mb-0">Session</dt>
        <dd class="fr-mb-2w">
          {certificate.session_name}, {sessionDatesText(certificate)}
        </dd>
        <dt class="fr-text--bold fr-mb-0">Délivré le</dt>
        <dd class="fr-mb-2w">{formatDate(certificate.issued_at)}</dd>
        <dt class="fr-text--bold fr-mb-0">Numéro</dt>
        <dd class="fr-mb-2w">
          <code>{certificate.number}</code>
        </dd>
      </dl>
    </section>
  );
}

/** « Révoqué le … » with its reason, for the owner's and the public pages. */
export function RevokedNotice({ certificate }: { certificate: Pick<CertificateRow, 'revoked_at' | 'revoked_reason'> }) {
  if (!certificate.revoked_at) return null;
  return (
    <div class="fr-alert fr-alert--error fr-mb-4w">
      <h2 class="fr-alert__title">Certificat révoqué le {formatDateTime(certificate.revoked_at)}</h2>
      <p>Motif : {certificate.revoked_reason}</p>
    </div>
  );
}
