import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The machine is shared: other processes (test runs, compilers, browsers) take CPU time from the
 * app being measured. Snapshots of the per-process CPU counters of /proc tell their share apart
 * from ours: this process (the app and the autocannon worker), the PostgreSQL server processes
 * and the kernel threads (which carry part of the loopback traffic of the load). Processes that
 * start during a run count from zero; those that end during it are missed (an underestimate).
 * Without /proc (not Linux) the share is reported as 0.
 */
interface CpuSnapshot {
  /** Milliseconds of CPU time of the whole machine, all cores, idle included. */
  total: number;
  /** pid → milliseconds of CPU time, for the processes that are neither ours nor related. */
  foreign: Map<string, number>;
}

const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux

function foreignProcesses(): Map<string, number> {
  const foreign = new Map<string, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return foreign;
  }
  const own = String(process.pid);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || entry === own) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const kernelThread = entry === '2' || fields[1] === '2'; // kthreadd and its children
      if (kernelThread || stat.slice(stat.indexOf('(') + 1, close) === 'postgres') continue;
      foreign.set(entry, (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS); // utime + stime
    } catch {
      // the process ended meanwhile
    }
  }
  return foreign;
}

export function cpuSnapshot(): CpuSnapshot {
  let total = 0;
  for (const { times } of os.cpus()) total += times.user + times.nice + times.sys + times.irq + times.idle;
  return { total, foreign: foreignProcesses() };
}

/** Share of the machine's CPU (0–1) used between two snapshots by processes other than ours, PostgreSQL and the kernel's. */
export function foreignShare(before: CpuSnapshot, after: CpuSnapshot): number {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  let foreign = 0;
  for (const [pid, ms] of after.foreign) foreign += Math.max(0, ms - (before.foreign.get(pid) ?? 0));
  return Math.min(1, foreign / total);
}

/** Foreign share over the next `ms` milliseconds. */
export async function foreignShareDuring(ms = 1000): Promise<number> {
  const before = cpuSnapshot();
  await sleep(ms);
  return foreignShare(before, cpuSnapshot());
}

/** Above this foreign share, before or during a run, the run is flagged as disturbed. */
export const MAX_FOREIGN_SHARE = 0.1;
