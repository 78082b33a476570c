import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Share of the machine's CPU time left idle during `ms` milliseconds (1 = all cores idle). The
 * machine is shared: when other processes are busy, the figures measure them as much as the app.
 */
export async function idleShare(ms = 1000): Promise<number> {
  const before = os.cpus();
  await sleep(ms);
  const after = os.cpus();
  let idle = 0;
  let total = 0;
  after.forEach((cpu, index) => {
    const previous = before[index]?.times;
    if (!previous) return;
    const { user, nice, sys, idle: idleTime, irq } = cpu.times;
    total += user - previous.user + (nice - previous.nice) + (sys - previous.sys) + (idleTime - previous.idle) + (irq - previous.irq);
    idle += idleTime - previous.idle;
  });
  return total > 0 ? idle / total : 1;
}

/** Below this idle share before a run, the run is flagged as disturbed by other processes. */
export const QUIET_IDLE_SHARE = 0.85;
