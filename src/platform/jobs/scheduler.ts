import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import './jobs.table.js';

/** What a job gets when it runs. */
export interface JobContext {
  /** The time the run was claimed at (the scheduler's clock). */
  readonly now: Date;
  /** Identifies this run (also stored in `scheduled_jobs.locked_by` while it runs). */
  readonly runId: string;
  /**
   * Aborted when the scheduler stops or when the lease could not be renewed (another process may
   * then take the job over): a long job checks it between units of work and returns early.
   */
  readonly signal: AbortSignal;
}

export interface JobDefinition {
  /** Unique, stable name: the primary key of its `scheduled_jobs` row. */
  readonly name: string;
  /** Interval between the start of one run and the next. */
  readonly everyMs: number;
  /** Delay before retrying after a failure; defaults to min(everyMs, 1 minute). */
  readonly retryMs?: number;
  /**
   * The job. It is never run by two processes at once while its lease is held (renewed while it
   * runs), but a crash may end a run half-way and the next run starts over: a job with effects
   * outside the database (e-mails) must claim each unit of work in the database before doing it.
   */
  run(db: Db, context: JobContext): Promise<void>;
}

export interface JobOutcome {
  name: string;
  ok: boolean;
  error?: string;
}

export interface SchedulerLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export interface SchedulerOptions {
  logger?: SchedulerLogger;
  /** How long a claimed run is exclusive; renewed every third of it while the job runs. */
  leaseMs?: number;
  /** How often `start()` looks for due jobs. */
  pollMs?: number;
  /** The clock (tests pass a fixed one). */
  clock?: () => Date;
  /** Names this process in `locked_by`; defaults to host:pid:random. */
  instanceId?: string;
}

export interface Scheduler {
  register(job: JobDefinition): void;
  /** Runs every due job once (those another process holds are skipped); for `start()` and tests. */
  runDue(now?: Date): Promise<JobOutcome[]>;
  /** Polls for due jobs until `stop()`. */
  start(): void;
  /** Stops polling and waits for a running job to finish. */
  stop(): Promise<void>;
}

const silent: SchedulerLogger = { info() {}, warn() {}, error() {} };

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}

/**
 * Durable scheduled jobs: each job's next run time lives in `scheduled_jobs`, so it survives
 * restarts and is shared by every process; a process claims a due job with a lease (one UPDATE,
 * so only one claimant wins), and a crashed run's lease simply expires.
 */
export function createScheduler(db: Db, options: SchedulerOptions = {}): Scheduler {
  const logger = options.logger ?? silent;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const pollMs = options.pollMs ?? 30_000;
  const clock = options.clock ?? (() => new Date());
  const instanceId = options.instanceId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const jobs = new Map<string, JobDefinition>();
  const known = new Set<string>();
  let runCount = 0;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopping = new AbortController();

  /** Creates the rows of new jobs (due at once); an interval made shorter takes effect now. */
  async function ensureRows(now: Date): Promise<void> {
    for (const job of jobs.values()) {
      if (known.has(job.name)) continue;
      const shortened = new Date(now.getTime() + job.everyMs);
      await db
        .insertInto('scheduled_jobs')
        .values({ name: job.name, next_run_at: now })
        .onConflict((oc) => oc.column('name').doUpdateSet({ next_run_at: sql`least(scheduled_jobs.next_run_at, ${shortened}::timestamptz)` }))
        .execute();
      known.add(job.name);
    }
  }

  async function claim(job: JobDefinition, now: Date, runId: string): Promise<boolean> {
    const claimed = await db
      .updateTable('scheduled_jobs')
      .set({ locked_until: new Date(now.getTime() + leaseMs), locked_by: runId, last_started_at: now, runs: sql`runs + 1` })
      .where('name', '=', job.name)
      .where('next_run_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .returning('name')
      .executeTakeFirst();
    return claimed !== undefined;
  }

  async function runOne(job: JobDefinition, now: Date): Promise<JobOutcome | null> {
    const runId = `${instanceId}:${++runCount}`;
    if (!(await claim(job, now, runId))) return null;
    const lost = new AbortController();
    const signal = AbortSignal.any([stopping.signal, lost.signal]);
    // Keeps the lease while the job runs; losing it (the row was taken over) aborts the job.
    const heartbeat = setInterval(() => {
      db.updateTable('scheduled_jobs')
        .set({ locked_until: new Date(clock().getTime() + leaseMs) })
        .where('name', '=', job.name)
        .where('locked_by', '=', runId)
        .executeTakeFirst()
        .then(
          (result) => {
            if (result.numUpdatedRows === 0n) lost.abort(new Error('lease lost'));
          },
          (error: unknown) => logger.warn({ job: job.name, err: error }, 'scheduled job: lease renewal failed'),
        );
    }, Math.max(1000, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    let failure: unknown = null;
    const started = Date.now();
    try {
      await job.run(db, { now, runId, signal });
    } catch (error) {
      failure = error;
    } finally {
      clearInterval(heartbeat);
    }
    const delay = failure === null ? job.everyMs : (job.retryMs ?? Math.min(job.everyMs, 60_000));
    const finished = await db
      .updateTable('scheduled_jobs')
      .set({
        next_run_at: new Date(now.getTime() + delay),
        locked_until: null,
        locked_by: null,
        last_finished_at: clock(),
        last_error: failure === null ? null : errorText(failure),
      })
      .where('name', '=', job.name)
      .where('locked_by', '=', runId)
      .executeTakeFirst();
    if (finished.numUpdatedRows === 0n) logger.warn({ job: job.name, runId }, 'scheduled job: lease expired before the run ended');
    if (failure !== null) {
      logger.error({ job: job.name, err: failure }, 'scheduled job failed');
      return { name: job.name, ok: false, error: errorText(failure) };
    }
    logger.info({ job: job.name, ms: Date.now() - started }, 'scheduled job done');
    return { name: job.name, ok: true };
  }

  async function runDue(now: Date = clock(), polling = false): Promise<JobOutcome[]> {
    await ensureRows(now);
    const outcomes: JobOutcome[] = [];
    for (const job of jobs.values()) {
      if (polling && stopping.signal.aborted) break;
      const outcome = await runOne(job, now);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  function schedule(delay: number): void {
    timer = setTimeout(() => {
      const pass = runDue(clock(), true)
        .catch((error: unknown) => logger.error({ err: error }, 'scheduled jobs: polling failed'))
        .finally(() => {
          running = null;
          if (timer !== null) schedule(pollMs);
        });
      running = pass;
    }, delay);
    timer.unref();
  }

  return {
    register(job) {
      if (jobs.has(job.name)) throw new Error(`Scheduled job "${job.name}" is registered twice`);
      if (!(job.everyMs > 0)) throw new Error(`Scheduled job "${job.name}" needs a positive interval`);
      jobs.set(job.name, job);
    },
    runDue: (now) => runDue(now),
    start() {
      if (timer !== null) return;
      stopping = new AbortController();
      schedule(0);
    },
    async stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      stopping.abort(new Error('scheduler stopping'));
      await running;
      stopping = new AbortController();
    },
  };
}
