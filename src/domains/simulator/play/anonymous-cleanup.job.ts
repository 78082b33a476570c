import type { JobDefinition } from '../../../platform/jobs/index.js';
import { deleteAnonymousAttemptsBefore } from '../storage/attempts.repository.js';

/** Anonymous attempts are kept 30 days after their last answer: nobody else can reach them, and their owner is unknown. */
export const ANONYMOUS_ATTEMPT_DAYS = 30;

export const anonymousAttemptsCleanupJob: JobDefinition = {
  name: 'simulator.anonymous-attempts-cleanup',
  everyMs: 24 * 3600 * 1000,
  async run(db) {
    await deleteAnonymousAttemptsBefore(db, new Date(Date.now() - ANONYMOUS_ATTEMPT_DAYS * 24 * 3600 * 1000));
  },
};
