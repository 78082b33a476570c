import type { FastifyInstance } from 'fastify';
import { declareScheduledJob } from '../../../platform/jobs/index.js';
import { registerMoocsApi } from '../api/moocs.api.js';
import { sessionStartReminderJob } from '../jobs/session-start-reminder.job.js';
import { registerAdminCertificateRoutes } from './admin-certificates.route.js';
import { registerCertificateRoutes } from './certificate.route.js';
import { certificatesPersonalData } from './certificates.personal-data.js';
import { registerVerificationRoutes } from './verification.route.js';

export { certificatePath } from './certificate.page.js';
export { verifyCertificate } from './certificates.service.js';

/**
 * Certificates (issue, PDF, Open Badge, public verification, staff revocation), the MOOC JSON API
 * and the session-start reminder job.
 */
export function registerCertificates(app: FastifyInstance): void {
  registerCertificateRoutes(app);
  registerVerificationRoutes(app);
  registerAdminCertificateRoutes(app);
  registerMoocsApi(app);
  declareScheduledJob(app, sessionStartReminderJob(app));
  app.personalData.push(certificatesPersonalData);
}
