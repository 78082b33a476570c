import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

/**
 * « Proposer mon application dans l'Emploi Store » creates a draft service in an organisation's
 * submission workflow. A draft has no row in `services` until a moderator publishes it, so the
 * link application → draft is the audit entry of the proposal (its `after.revisionId`), and
 * developer_applications.service_id is filled once the draft is published.
 */
export const PROPOSE_ACTION = 'developer.application.propose';
export const APPLICATION_SUBJECT = 'application-developpeur';

/** The drafts proposed from an application, newest first. */
export async function proposedRevisionIds(db: Db, applicationId: number): Promise<number[]> {
  const { rows } = await sql<{ revision_id: number }>`
    SELECT (after->>'revisionId')::integer AS revision_id
    FROM audit_log
    WHERE subject_kind = ${APPLICATION_SUBJECT} AND subject_id = ${String(applicationId)} AND action = ${PROPOSE_ACTION}
    ORDER BY id DESC`.execute(db);
  return rows.map((row) => row.revision_id).filter((id) => Number.isInteger(id));
}

/**
 * Records the service a proposal became on its application, once a moderator has published it
 * (of one application, or of all). Returns how many applications were linked.
 */
export async function linkPublishedProposals(db: Db, applicationId: number | null = null): Promise<number> {
  const result = await sql`
    UPDATE developer_applications a SET service_id = r.service_id, updated_at = now()
    FROM audit_log l
    JOIN service_revisions r ON r.id = (l.after->>'revisionId')::integer
    WHERE l.subject_kind = ${APPLICATION_SUBJECT} AND l.action = ${PROPOSE_ACTION} AND l.subject_id = a.id::text
      AND r.status = 'publie' AND r.service_id IS NOT NULL AND a.service_id IS NULL
      ${applicationId === null ? sql`` : sql`AND a.id = ${applicationId}`}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Whether a service is built on the APIs: an active application points to it, or proposed the
 * draft a moderator published as this service (read-only: no wait for the link to be recorded).
 */
export async function isBuiltWithApis(db: Db, serviceId: number): Promise<boolean> {
  const { rows } = await sql<{ built: boolean }>`
    SELECT EXISTS (SELECT 1 FROM developer_applications WHERE service_id = ${serviceId} AND status = 'active')
      OR EXISTS (
        SELECT 1 FROM audit_log l
        JOIN service_revisions r ON r.id = (l.after->>'revisionId')::integer
        JOIN developer_applications a ON a.id::text = l.subject_id
        WHERE l.subject_kind = ${APPLICATION_SUBJECT} AND l.action = ${PROPOSE_ACTION}
          AND r.service_id = ${serviceId} AND r.status = 'publie' AND a.status = 'active'
      ) AS built`.execute(db);
  return rows[0]?.built === true;
}
