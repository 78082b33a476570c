import type { Generated } from 'kysely';

export interface ScheduledJobsTable {
  name: string;
  next_run_at: Date;
  locked_until: Date | null;
  locked_by: string | null;
  last_started_at: Date | null;
  last_finished_at: Date | null;
  last_error: string | null;
  runs: Generated<number>;
}

declare module '../db/database.js' {
  interface Database {
    scheduled_jobs: ScheduledJobsTable;
  }
}
