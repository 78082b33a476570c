import type { Db } from '../../../platform/db/database.js';
import { formatNumber } from '../../../platform/html/components.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Mailer } from '../../../platform/mail/mailer.js';
import { announcementMail } from './announcements.mails.js';
import { claimDeliveries, insertAnnouncement, releaseDelivery } from './announcements.repository.js';

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;
export const DELIVERY_BATCH = 50;

export interface AnnouncementInput {
  subject: string;
  body: string;
}

export type AnnouncementResult = { ok: true; id: number; recipients: number } | { ok: false; errors: FieldErrors };

const normalise = (value: string) => value.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
const tooLong = (what: string, length: number, max: number) => `${what} compte ${formatNumber(length)} caractères : ${formatNumber(max)} au maximum.`;

export function validateAnnouncement(input: AnnouncementInput): { ok: true; value: AnnouncementInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const subject = normalise(input.subject).replace(/\s+/g, ' ');
  const body = normalise(input.body);
  const subjectLength = [...subject].length;
  const bodyLength = [...body].length;
  if (!subject) errors.subject = 'Indiquez l’objet de l’annonce.';
  else if (subjectLength > MAX_SUBJECT_LENGTH) errors.subject = tooLong('L’objet', subjectLength, MAX_SUBJECT_LENGTH);
  if (!body) errors.body = 'Écrivez le texte de l’annonce.';
  else if (bodyLength > MAX_BODY_LENGTH) errors.body = tooLong('Le texte', bodyLength, MAX_BODY_LENGTH);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { subject, body } };
}

/** Records the announcement and its deliveries (one per enrolled learner) in one transaction; mails go after. */
export async function createAnnouncement(db: Db, sessionId: number, authorAccountId: number, input: AnnouncementInput): Promise<AnnouncementResult> {
  const valid = validateAnnouncement(input);
  if (!valid.ok) return valid;
  const created = await db.transaction().execute((trx) => insertAnnouncement(trx, { sessionId, authorAccountId, ...valid.value }));
  return { ok: true, ...created };
}

/**
 * Sends unsent announcement mails (of one announcement, or all), each claimed first so that it is
 * sent once even when several processes run this at the same time. A mail that fails is given
 * back for the next run. Learners who left the session meanwhile are skipped. `maxBatches` bounds the
 * work (a request sends the first mails, the scheduled job the rest). Returns the count sent.
 */
export async function deliverAnnouncements(db: Db, mailer: Mailer, publicUrl: string, options: { announcementId?: number; maxBatches?: number; signal?: AbortSignal; log?: (error: unknown) => void } = {},
): Promise<number> {
  let sent = 0;
  for (let batches = 0; ; batches++) {
    if (options.signal?.aborted || (options.maxBatches !== undefined && batches >= options.maxBatches)) return sent;
    const batch = await claimDeliveries(db, { announcementId: options.announcementId, limit: DELIVERY_BATCH });
    if (!batch.length) return sent;
    let failed = 0;
    for (const delivery of batch) {
      if (!delivery.still_enrolled) continue;
      try {
        await mailer.send(announcementMail(delivery, publicUrl));
        sent++;
      } catch (error) {
        failed++;
        options.log?.(error);
        await releaseDelivery(db, delivery.announcement_id, delivery.enrolment_id);
      }
    }
    // A mail failed (given back): stop here rather than retry it at once; the job tries again later.
    if (failed) return sent;
  }
}
