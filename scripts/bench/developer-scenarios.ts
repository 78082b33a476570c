import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db/database.js';
import { ensureBenchApplications, tokenRequests } from './developer.js';
import type { LoadOptions, LoadResult } from './load.js';
import { disturbed, printTable, type Row } from './report.js';

/** Token grants per second required on this 2-core machine (the reference server: ~120 per vCPU). */
export const TARGET_GRANTS_PER_SECOND = 2000;
const PROTECTED_PATH = '/partenaire/rome/v1/metier/D1102';

type Measure = (label: string, origin: string, paths: readonly string[], seconds: number, accept: string, userAgent?: string, requests?: LoadOptions['requests']) => Promise<LoadResult>;

interface DeveloperBenchOptions {
  db: Db;
  applications: number;
  duration: number;
  startApp(): Promise<{ app: FastifyInstance; origin: string; stop(): Promise<void> }>;
  measure: Measure;
  pglite: boolean;
}

/**
 * (e) the token endpoint: client-credentials grants, form-encoded, cycling over N applications;
 * (f) a protected API call (bearer token, scope, rate limit, quota, usage counting) on
 * /partenaire/rome/v1/metier/D1102, one token per application so that no application reaches its
 * own rate limit (10/s, burst 20): every answer must be 200, a 429 makes the run invalid.
 */
export async function benchDeveloper(options: DeveloperBenchOptions): Promise<{ valid: boolean }> {
  const applications = await ensureBenchApplications(options.db, options.applications);
  const server = await options.startApp();
  try {
    const grants = tokenRequests(applications);
    const first = await server.app.inject({ method: 'POST', url: grants[0]!.path, headers: grants[0]!.headers, payload: grants[0]!.body });
    if (first.statusCode !== 200) throw new Error(`Le point d'accès des jetons répond ${first.statusCode} : ${first.body}`);
    const tokens: string[] = [];
    for (const request of grants) {
      const response = await server.app.inject({ method: 'POST', url: request.path, headers: request.headers, payload: request.body });
      tokens.push(response.json<{ access_token: string }>().access_token);
    }
    const calls = tokens.map((token) => ({ method: 'GET' as const, path: PROTECTED_PATH, headers: { authorization: `Bearer ${token}` } }));
    const check = await server.app.inject({ url: PROTECTED_PATH, headers: calls[0]!.headers });
    if (check.statusCode !== 200) throw new Error(`GET ${PROTECTED_PATH} répond ${check.statusCode} : ${check.body}`);
    const json = 'application/json';
    const tokenResult = await options.measure('(e) jetons OAuth2', server.origin, [], options.duration, json, undefined, grants);
    const apiResult = await options.measure('(f) API protégée ROME', server.origin, [], options.duration, json, undefined, calls);
    const rows: Row[] = [
      { scenario: '(e) POST jeton (client_credentials)', result: tokenResult, ratio: 1 },
      { scenario: `(f) GET ${PROTECTED_PATH}`, result: apiResult, ratio: apiResult.requestsPerSecond / tokenResult.requestsPerSecond },
    ];
    console.log('');
    console.log(`Emploi Store Dev : ${applications.length} applications en rotation (limite de chacune : 10 appels/s, rafale 20) ; ÷ colonne = rapport à (e)`);
    printTable(rows);
    const failed = rows.filter((row) => row.result.errors > 0 || row.result.non2xx > 0 || row.result.requests === 0);
    for (const row of failed) console.log(`INVALIDE : ${row.scenario} : ${row.result.errors} erreurs, ${row.result.non2xx} non 2xx ${JSON.stringify(row.result.failures)}`);
    const pass = failed.length === 0 && tokenResult.requestsPerSecond >= TARGET_GRANTS_PER_SECOND;
    console.log(
      `Cible (jetons) : ≥ ${TARGET_GRANTS_PER_SECOND.toLocaleString('fr-FR')} délivrances/s → ${Math.round(tokenResult.requestsPerSecond)}/s, p99 ${tokenResult.p99} ms : ${pass ? 'PASS' : 'FAIL'}` +
        (disturbed(tokenResult) ? " (mesure perturbée par d'autres processus)" : '') +
        (options.pglite ? ' (PGlite : une délivrance ne lit pas la base, le chiffre vaut aussi pour PostgreSQL)' : ''),
    );
    return { valid: failed.length === 0 };
  } finally {
    await server.stop();
  }
}
