import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';
import { cpuSnapshot, foreignShare } from './machine.js';

export interface LoadOptions {
  /** http://127.0.0.1:port */
  origin: string;
  /** Paths with their query strings; every connection cycles through them in order. */
  paths: readonly string[];
  connections: number;
  seconds: number;
  accept: string;
  /** Sent as User-Agent (a browser's, for pages that count people); none by default. */
  userAgent?: string;
  /** Requests to cycle through instead of GET `paths` (a POST with its body, extra headers). */
  requests?: readonly { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }[];
}

export interface LoadResult {
  seconds: number;
  /** Share of the machine's CPU used by unrelated processes just before and during the run. */
  foreignBefore?: number;
  foreignDuring?: number;
  requests: number;
  /** Mean of the per-second request counts. */
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
  /** Status code → count, for the codes that are not 2xx. */
  failures: Record<string, number>;
}

/**
 * One autocannon run. The load generator runs in a worker thread (`workers: 1`) so that it does
 * not share the event loop of the server it measures, which lives in the main thread.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const cpuBefore = cpuSnapshot();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.seconds,
        workers: 1,
        requests: options.requests
          ? options.requests.map((request) => ({ ...request, headers: { accept: options.accept, ...request.headers } }))
          : options.paths.map((path) => ({ method: 'GET', path, headers: { accept: options.accept, ...(options.userAgent ? { 'user-agent': options.userAgent } : {}) } })),
      },
      (error: unknown, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const failures: Record<string, number> = {};
        for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
          if (!code.startsWith('2') && stats.count) failures[code] = stats.count;
        }
        resolve({
          seconds: result.duration,
          requests: result.requests.total,
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors,
          non2xx: result.non2xx,
          failures,
          foreignDuring: foreignShare(cpuBefore, cpuSnapshot()),
        });
      },
    );
  });
}

const NOT_COPIED = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * The floor of the measure: a bare Fastify instance that answers /recherche with a copy of one
 * search page rendered once by the real app, held in memory, with the same headers.
 */
export async function startMemoryServer(page: LightMyRequestResponse): Promise<{ app: FastifyInstance; origin: string }> {
  const body = page.rawPayload;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(page.headers)) {
    if (value === undefined || NOT_COPIED.has(name)) continue;
    headers[name] = Array.isArray(value) ? value : String(value);
  }
  const app = Fastify({ logger: false });
  app.get('/recherche', async (_request, reply) => reply.headers(headers).send(body));
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, origin };
}
