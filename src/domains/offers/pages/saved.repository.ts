import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { PersonalDataProvider } from '../../accounts/index.js';

export const MAX_ALERTS = 20;

export async function isSaved(db: Db, accountId: number, offerId: string): Promise<boolean> {
  const row = await db.selectFrom('saved_offers').select('offer_id').where('account_id', '=', accountId).where('offer_id', '=', offerId).executeTakeFirst();
  return !!row;
}

/** Idempotent: saving twice keeps one row. */
export async function saveOffer(db: Db, accountId: number, offerId: string): Promise<void> {
  await db.insertInto('saved_offers').values({ account_id: accountId, offer_id: offerId }).onConflict((oc) => oc.doNothing()).execute();
}

export async function unsaveOffer(db: Db, accountId: number, offerId: string): Promise<void> {
  await db.deleteFrom('saved_offers').where('account_id', '=', accountId).where('offer_id', '=', offerId).execute();
}

export interface SavedOfferRow {
  id: string;
  intitule: string;
  company_name: string | null;
  place_label: string | null;
  contract_type: string;
  created_at: Date;
  full_time: boolean | null;
  salary_label: string | null;
  status: 'active' | 'expiree';
  saved_at: Date;
}

/** Saved offers, newest saved first, expired ones included (marked). */
export async function listSavedOffers(db: Db, accountId: number): Promise<SavedOfferRow[]> {
  return db
    .selectFrom('saved_offers as s')
    .innerJoin('job_offers as o', 'o.id', 's.offer_id')
    .select(['o.id', 'o.intitule', 'o.company_name', 'o.place_label', 'o.contract_type', 'o.created_at', 'o.full_time', 'o.salary_label', 'o.status', 's.created_at as saved_at'])
    .where('s.account_id', '=', accountId)
    .orderBy('s.created_at', 'desc')
    .limit(500)
    .execute();
}

export interface AlertRow {
  id: number;
  label: string;
  query: string;
  checked_until: Date;
  last_sent_at: Date | null;
  created_at: Date;
}

export async function listAlerts(db: Db, accountId: number): Promise<AlertRow[]> {
  return db.selectFrom('offer_alerts').select(['id', 'label', 'query', 'checked_until', 'last_sent_at', 'created_at']).where('account_id', '=', accountId).orderBy('created_at', 'desc').execute();
}

/** 'created', 'exists' (the same search is already an alert) or 'limit'. */
export async function createAlert(db: Db, accountId: number, label: string, query: string): Promise<'created' | 'exists' | 'limit'> {
  return db.transaction().execute(async (trx) => {
    // One account's alerts are counted under a lock on the account row: two submissions cannot both pass the limit.
    await sql`SELECT 1 FROM accounts WHERE id = ${accountId} FOR UPDATE`.execute(trx);
    const { count } = await trx.selectFrom('offer_alerts').select((eb) => eb.fn.countAll<string>().as('count')).where('account_id', '=', accountId).executeTakeFirstOrThrow();
    const inserted = await trx
      .insertInto('offer_alerts')
      .values({ account_id: accountId, label, query })
      .onConflict((oc) => oc.columns(['account_id', 'query']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return 'exists';
    if (Number(count) >= MAX_ALERTS) {
      await trx.deleteFrom('offer_alerts').where('id', '=', inserted.id).execute();
      return 'limit';
    }
    return 'created';
  });
}

/** Deletes one of the account's alerts; false when it is not theirs or does not exist. */
export async function deleteAlert(db: Db, accountId: number, alertId: number): Promise<boolean> {
  const result = await db.deleteFrom('offer_alerts').where('id', '=', alertId).where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** RGPD: saved offers and alerts are exported; the account's deletion cascades to both tables. */
export const offersPersonalData: PersonalDataProvider = {
  name: 'offres',
  async export(db, accountId) {
    const [saved, alerts] = await Promise.all([listSavedOffers(db, accountId), listAlerts(db, accountId)]);
    return {
      sauvegardees: saved.map((offer) => ({ offre: offer.id, intitule: offer.intitule, sauvegardeeLe: offer.saved_at.toISOString() })),
      alertes: alerts.map((alert) => ({ libelle: alert.label, recherche: `/offres?${alert.query}`, creeeLe: alert.created_at.toISOString(), dernierEnvoi: alert.last_sent_at?.toISOString() ?? null })),
    };
  },
  async onAccountDeletion(db, accountId) {
    await db.deleteFrom('saved_offers').where('account_id', '=', accountId).execute();
    await db.deleteFrom('offer_alerts').where('account_id', '=', accountId).execute();
  },
};
