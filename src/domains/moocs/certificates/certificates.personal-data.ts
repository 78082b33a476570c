import type { PersonalDataProvider } from '../../accounts/index.js';
import { listAccountCertificates } from './certificates.repository.js';

/**
 * The account's certificates in the RGPD export. On account deletion they stay (the account link
 * is set to null by the schema): a certificate is a public attestation that third parties may
 * have been given to verify; its holder may ask staff to revoke it.
 */
export const certificatesPersonalData: PersonalDataProvider = {
  name: 'certificats',
  async export(db, accountId) {
    const certificates = await listAccountCertificates(db, accountId);
    return certificates.map((certificate) => ({
      numero: certificate.number,
      titulaire: certificate.learner_name,
      cours: certificate.course_title,
      session: certificate.session_name,
      debutSession: certificate.session_starts_at,
      finSession: certificate.session_ends_at,
      delivreLe: certificate.issued_at,
      revoqueLe: certificate.revoked_at,
      motifRevocation: certificate.revoked_reason,
    }));
  },
};
