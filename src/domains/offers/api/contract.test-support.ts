import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../../platform/db/database.js';
import { createTestApplication, requestToken } from '../../../../test/helpers/developer.js';

/** Test data of the contract suite, written with SQL (independent of the demo data). */

export const BASE = '/partenaire/offresdemploi/v2';

/** A new application subscribed to the API, and a caller with its token (each has its own rate limit). */
export async function offersCaller(app: FastifyInstance, db: Db, apis = ['offres-d-emploi']): Promise<(url: string) => Promise<LightMyRequestResponse>> {
  const application = await createTestApplication(db, { apis });
  const response = await requestToken(app, application, apis.includes('offres-d-emploi') ? 'api_offresdemploiv2 o2dsoffre' : 'api_romev1');
  const token = response.json<{ access_token: string }>().access_token;
  return (url) => app.inject({ method: 'GET', url: `${BASE}${url}`, headers: { authorization: `Bearer ${token}` } });
}

/** Paris (with two postal codes), Boulogne-Billancourt (8 km away) and Lyon; the bakery ROME sheets. */
export async function insertReferentials(db: Db): Promise<void> {
  await sql`INSERT INTO communes (insee_code, name, department_code, latitude, longitude) VALUES
    ('75056', 'Paris', '75', 48.8603, 2.3444), ('92012', 'Boulogne-Billancourt', '92', 48.8365, 2.2399), ('69123', 'Lyon', '69', 45.7588, 4.8353)
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO commune_postal_codes (insee_code, postal_code) VALUES ('75056', '75001'), ('75056', '75011'), ('92012', '92100'), ('69123', '69001')
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO rome_domains (code, label, parent_code) VALUES ('D', 'Commerce, Vente et Grande distribution', NULL), ('D11', 'Commerce alimentaire et métiers de bouche', 'D')
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO rome_sheets (code, label, domain_code) VALUES ('D1102', 'Boulangerie - viennoiserie', 'D11'), ('D1106', 'Vente en alimentation', 'D11')
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO rome_appellations (ogr_code, label, rome_code) VALUES ('11573', 'Boulanger / Boulangère', 'D1102') ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO naf_codes (code, label) VALUES ('1071C', 'Boulangerie et boulangerie-pâtisserie') ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO offer_sources (slug, name, url, logo, kind) VALUES
    ('agence', 'Emploi Store', NULL, NULL, 'agence'),
    ('jobboard-a', 'Job Board A', 'https://a.example.fr', 'https://a.example.fr/logo.png', 'partenaire'),
    ('jobboard-b', 'Job Board B', 'https://b.example.fr', NULL, 'partenaire')
    ON CONFLICT DO NOTHING`.execute(db);
}

export const CONTRACTS = ['CDI', 'CDD', 'MIS', 'SAI'] as const;

/**
 * `count` offers in Paris or Boulogne, numbered g = 1..count: the even ones are bakers (D1102), the
 * others sales staff (D1106); contract CONTRACTS[g % 4]; experience g % 3 + 1; cadre when g % 5 = 0;
 * nature E2 when g % 10 = 0, else E1; created g hours ago minus 30 minutes (so `publieeDepuis=7` keeps
 * g ≤ 168); ids 'T' + 6 digits.
 */
export async function insertOffers(db: Db, count: number): Promise<void> {
  await sql`INSERT INTO job_offers (id, intitule, description, rome_code, rome_label, commune_code, postal_code, place_label, department_code, region_code,
      latitude, longitude, company_name, contract_type, contract_nature, experience_code, experience_level, qualification_code, origin, created_at, updated_at, dedup_key)
    SELECT 'T' || lpad(g::text, 6, '0'),
      CASE WHEN g % 2 = 0 THEN 'Boulanger / Boulangère (H/F)' ELSE 'Vendeur / Vendeuse en alimentation (H/F)' END,
      'Une offre de test numéro ' || g,
      CASE WHEN g % 2 = 0 THEN 'D1102' ELSE 'D1106' END,
      CASE WHEN g % 2 = 0 THEN 'Boulangerie - viennoiserie' ELSE 'Vente en alimentation' END,
      CASE WHEN g % 3 = 0 THEN '92012' ELSE '75056' END,
      CASE WHEN g % 3 = 0 THEN '92100' ELSE '75011' END,
      CASE WHEN g % 3 = 0 THEN '92 - Boulogne-Billancourt' ELSE '75 - Paris' END,
      CASE WHEN g % 3 = 0 THEN '92' ELSE '75' END, '11',
      CASE WHEN g % 3 = 0 THEN 48.8365 ELSE 48.8603 END, CASE WHEN g % 3 = 0 THEN 2.2399 ELSE 2.3444 END,
      'Maison ' || (g % 7),
      (ARRAY['CDI', 'CDD', 'MIS', 'SAI'])[g % 4 + 1],
      CASE WHEN g % 10 = 0 THEN 'E2' ELSE 'E1' END,
      'D', g % 3 + 1,
      CASE WHEN g % 5 = 0 THEN '9' ELSE '6' END,
      1,
      now() - g * interval '1 hour' + interval '30 minutes', now() - g * interval '1 hour' + interval '30 minutes',
      'test-' || g
    FROM generate_series(1, ${count}) AS g`.execute(db);
}

/** The offer with every field, listed by two partner boards, created 30 days ago. */
export const DETAILED_ID = 'D000001';
export const EXPIRED_ID = 'E000001';
export const LYON_ID = 'L000001';

export async function insertSpecialOffers(db: Db): Promise<void> {
  const details = {
    formations: [{ codeFormation: '21538', domaineLibelle: 'Boulangerie', niveauLibelle: 'CAP, BEP et équivalents', exigence: 'E' }],
    langues: [{ libelle: 'Anglais', exigence: 'S' }],
    permis: [{ libelle: 'B - Véhicule léger', exigence: 'S' }],
    competences: [{ code: '117532', libelle: 'Façonner des pâtons', exigence: 'E' }],
    qualitesProfessionnelles: [{ libelle: 'Rigueur', description: 'Respecter les règles d’hygiène.' }],
    contact: { nom: 'Boulangerie du Marché - Mme Martin', courriel: 'Pour postuler, utiliser le lien suivant', urlPostulation: 'https://a.example.fr/offres/42/postuler' },
  };
  await sql`INSERT INTO job_offers (id, intitule, description, rome_code, rome_label, appellation_code, appellation_label, commune_code, postal_code, place_label,
      department_code, region_code, latitude, longitude, company_name, company_description, company_url, company_adapted, contract_type, contract_nature,
      experience_code, experience_label, experience_level, qualification_code, qualification_label, naf_code, sector_code, sector_label, full_time,
      working_hours_label, weekly_hours, contract_months, salary_label, salary_min_monthly, salary_max_monthly, alternance, positions, accessible_th,
      lacks_candidates, details, origin, origin_url, created_at, updated_at, dedup_key)
    VALUES (${DETAILED_ID}, 'Boulanger / Boulangère (H/F)', 'Fabrication du pain et des viennoiseries.', 'D1102', 'Boulangerie - viennoiserie', '11573', 'Boulanger / Boulangère',
      '75056', '75011', '75 - Paris 11e Arrondissement', '75', '11', 48.8589, 2.3803, 'Boulangerie du Marché', 'Artisan boulanger depuis 1950.', 'https://boulangerie.example.fr', false,
      'CDD', 'E1', 'E', '2 An(s)', 2, '6', 'Employé qualifié', '10.71C', '10', 'Fabrication de pain et de pâtisserie fraîche', true,
      '35H Horaires normaux', 35, 6, 'Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois', 2000, 2300, false, 2, true,
      true, ${JSON.stringify(details)}::jsonb, 2, 'https://a.example.fr/offres/42',
      '2026-02-19T16:50:45.422Z', '2026-02-20T08:00:00.000Z', 'boulangerie-du-marche|boulanger|75056')`.execute(db);
  await sql`INSERT INTO job_offer_listings (source, external_id, offer_id, url, content_hash, first_seen_at) VALUES
    ('jobboard-a', '42', ${DETAILED_ID}, 'https://a.example.fr/offres/42', 'h1', '2026-02-19T16:50:45Z'),
    ('jobboard-b', 'x-9', ${DETAILED_ID}, 'https://b.example.fr/o/x-9', 'h2', '2026-02-19T17:00:00Z')`.execute(db);
  await sql`INSERT INTO job_offers (id, intitule, commune_code, postal_code, latitude, longitude, contract_type, origin, created_at, updated_at, dedup_key, status, expired_at, ends_at)
    VALUES (${EXPIRED_ID}, 'Boulanger de nuit (H/F)', '75056', '75011', 48.86, 2.34, 'CDI', 1, '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 'expired', 'expiree', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
      (${LYON_ID}, 'Boulanger / Boulangère (H/F)', '69123', '69001', 45.7640, 4.8357, 'CDI', 1, now() - interval '40 days', now() - interval '40 days', 'lyon', 'active', NULL, NULL)`.execute(db);
}

/** Asserts the partner error shape; returns the message. */
export function partnerError(response: LightMyRequestResponse): { codeHttp: number; message: string; codeErreur: string } {
  return response.json<{ codeHttp: number; message: string; codeErreur: string }>();
}
