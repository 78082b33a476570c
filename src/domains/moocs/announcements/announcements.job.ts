import type { Mailer } from '../../../platform/mail/mailer.js';
import type { JobDefinition } from '../../../platform/jobs/index.js';
import { deliverAnnouncements } from './announcements.service.js';

/** Sends every announcement mail not sent yet (those a request left, or gave back after a failure). */
export function announcementsDeliveryJob(mailer: Mailer, publicUrl: string): JobDefinition {
  return {
    name: 'envoi-annonces',
    everyMs: 60_000,
    async run(db, context) {
      await deliverAnnouncements(db, mailer, publicUrl, { signal: context.signal });
    },
  };
}
