import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { JobDefinition } from '../../../platform/jobs/index.js';
import type { Mail, Mailer } from '../../../platform/mail/mailer.js';
import { resolveCommuneText } from '../search/commune.resolver.js';
import { searchOffers, type SearchedOffer } from '../search/search.repository.js';
import { criteriaOf, formOfQueryString } from './search-query.js';

export const ALERTS_JOB_NAME = 'offers-alerts';
const DAY_MS = 24 * 3600 * 1000;
/** An alert is due when checked longer ago than this (a bit under a day: the job's runs drift). */
const DUE_AFTER_MS = 20 * 3600 * 1000;
/** At most this many offers in one e-mail (the link shows them all). */
export const OFFERS_PER_MAIL = 20;

interface Claimed {
  id: number;
  label: string;
  query: string;
  since: Date;
  email: string;
  display_name: string;
}

/** Reads the alert's saved query back as criteria; null when it no longer resolves (commune gone). */
async function alertCriteria(db: Db, query: string) {
  const form = formOfQueryString(query);
  let communeCode: string | null = null;
  if (form.lieu) {
    const resolved = await resolveCommuneText(db, form.lieu);
    if (resolved.status !== 'found') return null;
    communeCode = resolved.commune.code;
  }
  return { ...criteriaOf(form, communeCode), sort: 'date' as const };
}

export function alertMail(to: { email: string; name: string }, alert: { label: string; query: string }, offers: SearchedOffer[], total: number, publicUrl: string): Mail {
  const base = publicUrl.replace(/\/$/, '');
  const lines = offers.map((offer) => `- ${offer.intitule}${offer.company_name ? ` — ${offer.company_name}` : ''}${offer.place_label ? ` — ${offer.place_label}` : ''}\n  ${base}/offres/${offer.id}`);
  return {
    to: to.email,
    subject: `${total} nouvelle${total > 1 ? 's' : ''} offre${total > 1 ? 's' : ''} : ${alert.label}`.slice(0, 200),
    text: [
      `Bonjour ${to.name},`,
      '',
      `${total} nouvelle${total > 1 ? 's offres correspondent' : ' offre correspond'} à votre alerte « ${alert.label} » :`,
      '',
      ...lines,
      '',
      total > offers.length ? `Voir les ${total} offres : ${base}/offres?${alert.query}&tri=date` : `Voir la recherche : ${base}/offres?${alert.query}`,
      '',
      `Pour ne plus recevoir cette alerte, supprimez-la dans Mon espace : ${base}/mon-espace/offres#alertes`,
    ].join('\n'),
  };
}

/**
 * For each due alert: claims it in the database first (moves checked_until to now, in one UPDATE
 * that only one run can win), then e-mails the active offers matching its search created since the
 * previous checked_until, if any. A crash after the claim loses that day's e-mail rather than
 * sending it twice; a mail server refusal releases the claim so that the next run retries.
 */
export async function sendOfferAlerts(db: Db, mailer: Mailer, publicUrl: string, now = new Date(), signal?: AbortSignal): Promise<number> {
  const due = await db.selectFrom('offer_alerts').select('id').where('checked_until', '<=', new Date(now.getTime() - DUE_AFTER_MS)).orderBy('id').execute();
  let sent = 0;
  const failures: unknown[] = [];
  for (const { id } of due) {
    if (signal?.aborted) break;
    const { rows } = await sql<Claimed>`
      WITH previous AS (SELECT id, checked_until FROM offer_alerts WHERE id = ${id} AND checked_until <= ${new Date(now.getTime() - DUE_AFTER_MS)} FOR UPDATE SKIP LOCKED),
      claimed AS (
        UPDATE offer_alerts a SET checked_until = ${now} FROM previous WHERE a.id = previous.id
        RETURNING a.id, a.account_id, a.label, a.query, previous.checked_until AS since
      )
      SELECT claimed.id, claimed.label, claimed.query, claimed.since, ac.email, ac.display_name
      FROM claimed JOIN accounts ac ON ac.id = claimed.account_id`.execute(db);
    const alert = rows[0];
    if (!alert) continue;
    const criteria = await alertCriteria(db, alert.query).catch(() => null);
    if (!criteria) continue;
    const result = await searchOffers(db, { ...criteria, createdAfter: new Date(alert.since), maxCreationDate: now, limit: OFFERS_PER_MAIL });
    if (!result.total) continue;
    try {
      await mailer.send(alertMail({ email: alert.email, name: alert.display_name }, alert, result.offers, result.total, publicUrl));
      await db.updateTable('offer_alerts').set({ last_sent_at: now }).where('id', '=', alert.id).execute();
      sent++;
    } catch (error) {
      await db.updateTable('offer_alerts').set({ checked_until: new Date(alert.since) }).where('id', '=', alert.id).where('checked_until', '=', now).execute();
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} alerte(s) d’offres non envoyée(s)`);
  return sent;
}

/** The daily job (server.ts runs it when JOBS_ENABLED). */
export function offerAlertsJob(mailer: Mailer, publicUrl: string): JobDefinition {
  return {
    name: ALERTS_JOB_NAME,
    everyMs: DAY_MS,
    retryMs: 15 * 60 * 1000,
    async run(db, context) {
      await sendOfferAlerts(db, mailer, publicUrl, context.now, context.signal);
    },
  };
}
