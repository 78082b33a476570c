/** Deterministic Offre feeds and database dumps for the ingestion tests. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

const TITLES = ['Boulanger (H/F)', 'Serveur / Serveuse de restaurant', 'Aide-soignant H/F', 'Jardinier paysagiste', 'Boulangère', 'Ouvrière paysagiste'];
const PLACES = [
  { libelle: '75 - Paris', codePostal: '75011' },
  { libelle: '69 - Lyon', commune: '69123' },
  { libelle: 'Nantes' },
  { libelle: '13 - MARSEILLE', codePostal: '13001' },
  { libelle: '33 - Bordeaux', commune: '33063', codePostal: '33000' },
];
const CONTRACTS = ['CDI', 'CDD', 'MIS', 'Contrat à durée indéterminée', 'SAI'];
const SALARIES = ['Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois', 'Annuel de 30000 Euros', 'Horaire de 11.88 Euros', 'Selon profil'];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th offer of a feed (external ids `prefix-n`); `version` changes the content. */
export function sampleOffer(n: number, options: { prefix?: string; version?: number; seed?: number } = {}): Record<string, unknown> {
  const next = random((options.seed ?? 1) * 1_000_003 + n);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const day = 1 + Math.floor(next() * 27);
  return {
    id: `${options.prefix ?? 'x'}-${n}`,
    intitule: pick(TITLES),
    description: `Offre ${n} : rejoignez une équipe dynamique. Version ${options.version ?? 1}. ${'Missions variées, '.repeat(1 + (n % 5))}`.trim(),
    dateCreation: `2026-11-${String(day).padStart(2, '0')}T08:30:00.000Z`,
    dateActualisation: `2026-11-${String(day).padStart(2, '0')}T09:30:00.000Z`,
    lieuTravail: pick(PLACES),
    entreprise: { nom: `Entreprise ${Math.floor(n / 3)}` },
    typeContrat: pick(CONTRACTS),
    typeContratLibelle: 'Contrat à durée déterminée - 6 Mois',
    experienceExige: pick(['D', 'S', 'E']),
    experienceLibelle: pick(['Débutant accepté', '2 ans', '6 mois', 'Expérience exigée de 5 An(s)']),
    salaire: { libelle: pick(SALARIES) },
    dureeTravailLibelle: '35H Horaires normaux',
    dureeTravailLibelleConverti: pick(['Temps plein', 'Temps partiel']),
    nombrePostes: 1 + (n % 3),
    alternance: n % 7 === 0,
    competences: [{ code: '100', libelle: 'Accueillir la clientèle', exigence: 'S' }],
    origineOffre: { urlOrigine: `https://jobs.example.org/o/${n}` },
  };
}

/** Writes `count` offers as JSON Lines, streamed (the file may be big). */
export async function writeJsonlFeed(file: string, count: number, options: { prefix?: string; version?: number; seed?: number } = {}): Promise<void> {
  const out = createWriteStream(file);
  for (let n = 1; n <= count; n++) {
    if (!out.write(`${JSON.stringify(sampleOffer(n, options))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** job_offers + job_offer_listings without surrogate ids and clock times, in a stable order. */
export async function canonicalDump(db: Db): Promise<string[]> {
  const { rows } = await sql<{ line: string }>`
    SELECT concat_ws(' | ', l.source, l.external_id, l.content_hash, l.url, l.removed_at IS NOT NULL,
      (SELECT string_agg(l2.source || ':' || l2.external_id, ',' ORDER BY l2.source, l2.external_id) FROM job_offer_listings l2 WHERE l2.offer_id = o.id),
      o.intitule, o.rome_code, o.appellation_code, o.commune_code, o.postal_code, o.department_code, o.latitude, o.contract_type,
      o.experience_level, o.salary_min_monthly, o.salary_max_monthly, o.full_time, o.created_at, o.updated_at, o.ends_at, o.status,
      o.dedup_key, md5(o.description), o.details::text, o.origin) AS line
    FROM job_offer_listings l JOIN job_offers o ON o.id = l.offer_id
    ORDER BY l.source, l.external_id`.execute(db);
  const { rows: orphans } = await sql<{ count: number }>`SELECT count(*)::int AS count FROM job_offers o WHERE NOT EXISTS (SELECT 1 FROM job_offer_listings l WHERE l.offer_id = o.id)`.execute(db);
  return [...rows.map((r) => r.line), `offers without listing: ${orphans[0]!.count}`];
}
