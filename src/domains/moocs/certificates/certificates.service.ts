import { type AuditActor, recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Db } from '../../../platform/db/database.js';
import { getOrCreateSecret } from '../../../platform/db/secrets.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import type { Course, SessionWithCount } from '../courses.repository.js';
import type { CertificateRow, EnrolmentRow } from '../moocs.table.js';
import { generateCertificateNumber, hasValidCheckGroup, normaliseCertificateNumber } from './certificate-number.js';
import { findCertificateByEnrolment, findCertificateById, findCertificateByNumber, insertCertificate, setRevocation } from './certificates.repository.js';

/** The secret behind the numbers' check groups (shared by every process through the database). */
export const certificateSecret = (db: Db) => getOrCreateSecret(db, 'certificates');

export const LEARNER_NAME_MAX = 100;
export const REVOCATION_REASON_MAX = 500;

const oneLine = (value: string | undefined) => (value ?? '').replaceAll('\u0000', '').replace(/\s+/g, ' ').trim();

/** The name to print on a certificate, as typed by its holder: French messages when it is not acceptable. */
export function validateLearnerName(input: string | undefined): { name: string; errors: FieldErrors } {
  const name = oneLine(input).normalize('NFC');
  const errors: FieldErrors = {};
  if (!name) errors.learnerName = 'Indiquez le nom à inscrire sur le certificat.';
  else if ([...name].length > LEARNER_NAME_MAX) errors.learnerName = `Le nom ne doit pas dépasser ${LEARNER_NAME_MAX} caractères.`;
  else if (!/\p{L}/u.test(name) || [...name].length < 2) errors.learnerName = 'Indiquez un nom et un prénom (au moins deux lettres).';
  else if (/[<>{}\\]|\p{Cc}/u.test(name)) errors.learnerName = 'Le nom contient des caractères non autorisés.';
  return { name, errors };
}

export interface IssueRequest {
  course: Course;
  session: SessionWithCount;
  enrolment: EnrolmentRow;
  learnerName: string;
}

/**
 * Issues the certificate of a completed enrolment, once: a second request (or two at once) gets
 * the certificate already issued. What it says is frozen now.
 */
export async function issueCertificate(db: Db, request: IssueRequest, now = new Date()): Promise<CertificateRow> {
  const { course, session, enrolment } = request;
  if (!enrolment.completed_at) throw new AppError('CERTIFICATE_NOT_EARNED');
  const existing = await findCertificateByEnrolment(db, enrolment.id);
  if (existing) return existing;
  const secret = await certificateSecret(db);
  for (let attempt = 1; ; attempt++) {
    try {
      const inserted = await insertCertificate(db, {
        number: generateCertificateNumber(secret, now.getUTCFullYear()),
        enrolment_id: enrolment.id,
        account_id: enrolment.account_id,
        learner_name: request.learnerName,
        course_title: course.name,
        course_slug: course.slug,
        session_name: session.name,
        session_starts_at: session.starts_at,
        session_ends_at: session.ends_at,
        issued_at: now,
      });
      return inserted ?? (await findCertificateByEnrolment(db, enrolment.id))!;
    } catch (error) {
      // Two numbers alike (60 random bits): draw another.
      if ((error as { code?: string }).code !== '23505' || attempt >= 3) throw error;
    }
  }
}

export type Verification =
  | { status: 'unknown'; number: string | null }
  | { status: 'genuine' | 'revoked'; number: string; certificate: CertificateRow };

/**
 * What the public verification says about a typed number: a malformed number or a wrong check
 * group is unknown without a database look-up; a well-formed one must also exist.
 */
export async function verifyCertificate(db: Db, input: string): Promise<Verification> {
  const number = normaliseCertificateNumber(input);
  if (!number || !hasValidCheckGroup(await certificateSecret(db), number)) return { status: 'unknown', number };
  const certificate = await findCertificateByNumber(db, number);
  if (!certificate) return { status: 'unknown', number };
  return { status: certificate.revoked_at ? 'revoked' : 'genuine', number, certificate };
}

export function validateRevocationReason(input: string | undefined): { reason: string; errors: FieldErrors } {
  const reason = (input ?? '').replaceAll('\u0000', '').replace(/\r\n?/g, '\n').trim();
  const errors: FieldErrors = {};
  if (!reason) errors.reason = 'Indiquez le motif de la révocation : il est affiché sur la page de vérification.';
  else if ([...reason].length > REVOCATION_REASON_MAX) errors.reason = `Le motif ne doit pas dépasser ${REVOCATION_REASON_MAX} caractères.`;
  return { reason, errors };
}

/** Revokes a certificate (staff), audited in the same transaction. Revoking twice changes nothing. */
export async function revokeCertificate(db: Db, id: number, reason: string, actor: AuditActor, now = new Date()): Promise<CertificateRow> {
  return db.transaction().execute(async (trx) => {
    const certificate = await findCertificateById(trx, id);
    if (!certificate) throw new AppError('CERTIFICATE_NOT_FOUND');
    if (certificate.revoked_at) return certificate;
    await setRevocation(trx, id, { at: now, reason, by: actor.accountId });
    await recordAudit(trx, {
      actor,
      action: 'certificate.revoke',
      subjectKind: 'certificat',
      subjectId: certificate.number,
      summary: `Révocation du certificat ${certificate.number} (${certificate.learner_name}, « ${certificate.course_title} »)`,
      before: { revoque: false },
      after: { revoque: true, motif: reason },
    });
    return (await findCertificateById(trx, id))!;
  });
}

/** Cancels a revocation (staff: a mistake), audited. */
export async function restoreCertificate(db: Db, id: number, actor: AuditActor): Promise<CertificateRow> {
  return db.transaction().execute(async (trx) => {
    const certificate = await findCertificateById(trx, id);
    if (!certificate) throw new AppError('CERTIFICATE_NOT_FOUND');
    if (!certificate.revoked_at) return certificate;
    await setRevocation(trx, id, { at: null, reason: null, by: null });
    await recordAudit(trx, {
      actor,
      action: 'certificate.restore',
      subjectKind: 'certificat',
      subjectId: certificate.number,
      summary: `Annulation de la révocation du certificat ${certificate.number} (${certificate.learner_name})`,
      before: { revoque: true, motif: certificate.revoked_reason },
      after: { revoque: false },
    });
    return (await findCertificateById(trx, id))!;
  });
}
