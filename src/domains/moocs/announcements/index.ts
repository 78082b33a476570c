import type { FastifyInstance } from 'fastify';
import { declareScheduledJob } from '../../../platform/jobs/index.js';
import { announcementsDeliveryJob } from './announcements.job.js';
import { registerAnnouncementRoutes } from './announcements.route.js';

export { announcementsDeliveryJob } from './announcements.job.js';
export { announcementsHref } from './announcements.page.js';
export { createAnnouncement, deliverAnnouncements } from './announcements.service.js';
export { loadSessionAnnouncements, SessionAnnouncements, type SessionAnnouncementsData } from './session-announcements.js';

/** Instructors' announcements: the page and form, and the job that sends what is left to send. */
export function registerAnnouncements(app: FastifyInstance): void {
  registerAnnouncementRoutes(app);
  declareScheduledJob(app, announcementsDeliveryJob(app.mailer, app.config.publicUrl));
}
