import type { FastifyInstance } from 'fastify';
import type { JobDefinition } from './scheduler.js';

export { createScheduler, type JobContext, type JobDefinition, type JobOutcome, type Scheduler, type SchedulerOptions } from './scheduler.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The jobs domains declared; the process entry point (server.ts) runs them when JOBS_ENABLED. */
    scheduledJobs: JobDefinition[];
  }
}

/**
 * Declares a scheduled job from a domain plugin (registered with fastify-plugin, so the list is
 * the root instance's). Building the app never starts timers: server.ts hands the list to a
 * scheduler after `listen`.
 */
export function declareScheduledJob(app: FastifyInstance, job: JobDefinition): void {
  if (!app.hasDecorator('scheduledJobs')) app.decorate('scheduledJobs', []);
  if (app.scheduledJobs.some((known) => known.name === job.name)) throw new Error(`Scheduled job "${job.name}" is declared twice`);
  app.scheduledJobs.push(job);
}
