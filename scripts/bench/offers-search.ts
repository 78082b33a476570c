import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Db } from '../../src/platform/db/database.js';
import { API_FACETS, type OfferSearchCriteria, PAGE_FACETS } from '../../src/domains/offers/search/search.criteria.js';
import { loadCommuneCenters, searchOffers } from '../../src/domains/offers/search/search.repository.js';
import { buildSearchSql } from '../../src/domains/offers/search/search.sql.js';

/** p95 required for keyword + commune/distance + contract type, and the most the service may add to its SQL. */
export const TARGET_P95_MS = 100;
export const MAX_RATIO = 1.5;

const KEYWORDS = ['boulanger', 'développeur', 'aide-soignant', 'cariste', 'comptable', 'vendeur', 'serveur', 'infirmier', 'électricien', 'chauffeur'];
/** Large cities (INSEE): the searches that match the most offers. */
const CITIES = ['75101', '13201', '69383', '31555', '06088', '44109', '67482', '34172', '33063', '59350', '35238', '38185'];
const DISTANCES = [10, 20, 50];
const CONTRACTS = [['CDI'], ['CDD'], ['CDI', 'CDD'], ['MIS']];

export interface OffersSearchBenchOptions {
  db: Db;
  /** Measured searches per scenario (each run as the service and as bare SQL, alternately). */
  iterations?: number;
  log?: (message: string) => void;
}

export interface OffersSearchBenchRow {
  scenario: string;
  serviceP50: number;
  serviceP95: number;
  sqlP50: number;
  sqlP95: number;
  /** service p95 ÷ bare SQL p95 */
  ratio: number;
  pass: boolean;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

function cases(count: number, extra: Partial<OfferSearchCriteria>): OfferSearchCriteria[] {
  return Array.from({ length: count }, (_, index) => ({
    keywords: KEYWORDS[index % KEYWORDS.length],
    communeCodes: [CITIES[(index * 7) % CITIES.length]!],
    distanceKm: DISTANCES[index % DISTANCES.length],
    contractTypes: CONTRACTS[(index * 3) % CONTRACTS.length],
    sort: 'relevance',
    limit: 150,
    ...extra,
  }));
}

/** The same statements the service runs, compiled and sent as they are (the floor). */
async function bareSql(db: Db, criteria: OfferSearchCriteria): Promise<number> {
  const centers = await loadCommuneCenters(db, criteria.communeCodes ?? []);
  const built = buildSearchSql(criteria, centers, null);
  const page = built.page.compile(db);
  const counts = built.counts.compile(db);
  const started = performance.now();
  await Promise.all([db.executeQuery(page), db.executeQuery(counts)]);
  return performance.now() - started;
}

async function service(db: Db, criteria: OfferSearchCriteria): Promise<number> {
  const started = performance.now();
  await searchOffers(db, criteria);
  return performance.now() - started;
}

/**
 * Job offer search on the configured database (loaded beforehand by benchOffers' import): for each scenario, the service (`searchOffers`) and the bare SQL it
 * runs, side by side on the same criteria, alternately; p50/p95 in ms. The main scenario is the
 * target one: keywords + commune/distance + contract type, API facets, 150 results.
 */
export async function benchOffersSearch(options: OffersSearchBenchOptions): Promise<{ valid: boolean; rows: OffersSearchBenchRow[] }> {
  const { db } = options;
  const iterations = options.iterations ?? 200;
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const { rows: [stats] } = await sql<{ active: string }>`SELECT count(*) AS active FROM job_offers WHERE status = 'active'`.execute(db);
  const active = Number(stats?.active ?? 0);
  log(`Recherche d'offres : ${active.toLocaleString('fr-FR')} offres actives, ${iterations} recherches par scénario.`);
  if (!active) return { valid: false, rows: [] };
  const scenarios: [string, OfferSearchCriteria[], boolean][] = [
    ['mots-clés + commune/distance + contrat (API, 150, filtres)', cases(iterations, { facets: API_FACETS }), true],
    ['mots-clés + commune/distance + contrat (page, 20, facettes)', cases(iterations, { limit: 20, facets: PAGE_FACETS }), false],
    ['commune/distance + contrat, tri par date (page, 20)', cases(iterations, { keywords: undefined, sort: 'date', limit: 20, facets: PAGE_FACETS }), false],
  ];
  const rows: OffersSearchBenchRow[] = [];
  for (const [scenario, list, target] of scenarios) {
    for (const criteria of list.slice(0, 10)) { await service(db, criteria); await bareSql(db, criteria); } // warm up
    const serviceTimes: number[] = [];
    const sqlTimes: number[] = [];
    for (const [index, criteria] of list.entries()) {
      if (index % 2) {
        serviceTimes.push(await service(db, criteria));
        sqlTimes.push(await bareSql(db, criteria));
      } else {
        sqlTimes.push(await bareSql(db, criteria));
        serviceTimes.push(await service(db, criteria));
      }
    }
    const row = {
      scenario,
      serviceP50: percentile(serviceTimes, 50),
      serviceP95: percentile(serviceTimes, 95),
      sqlP50: percentile(sqlTimes, 50),
      sqlP95: percentile(sqlTimes, 95),
      ratio: 0,
      pass: true,
    };
    row.ratio = row.serviceP95 / Math.max(row.sqlP95, 0.001);
    row.pass = !target || (row.serviceP95 <= TARGET_P95_MS && row.ratio <= MAX_RATIO);
    rows.push(row);
  }
  const fixed = (value: number) => value.toFixed(1).padStart(7);
  console.log(`${'scénario'.padEnd(62)}  service p50    p95  │  SQL p50    p95  │ ratio p95`);
  for (const row of rows) {
    console.log(`${row.scenario.padEnd(62)}  ${fixed(row.serviceP50)} ${fixed(row.serviceP95)}  │ ${fixed(row.sqlP50)} ${fixed(row.sqlP95)}  │ ${row.ratio.toFixed(2)}${row.pass ? '' : '  FAIL'}`);
  }
  console.log(`Cible : p95 ≤ ${TARGET_P95_MS} ms et ≤ ${MAX_RATIO} × le SQL nu (premier scénario, PostgreSQL, 1 M offres).`);
  return { valid: true, rows };
}

