import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { formatDateTime } from '../../../platform/html/components.js';
import { AppError } from '../../../platform/http/errors.js';
import type { Mailer } from '../../../platform/mail/mailer.js';
import type { ModerationItem, ModerationSource } from '../../moderation/index.js';
import { DEVELOPER_APIS, findApi } from '../apis.registry.js';
import type { SubscriptionStatus } from '../developer.table.js';
import { subscriptionDecisionMail } from './applications.mails.js';
import { insertSubscriptionEvent } from './subscriptions.repository.js';
import { nextSubscriptionState, REASON_REQUIRED, stateLabel, type SubscriptionAction } from './subscriptions.workflow.js';

export const SUBSCRIPTION_KIND = 'abonnement-api';

const STAFF_DECISIONS = ['valider', 'demander-modifications', 'refuser', 'revoquer'] as const satisfies readonly SubscriptionAction[];
type StaffDecision = (typeof STAFF_DECISIONS)[number];
const isStaffDecision = (value: string): value is StaffDecision => (STAFF_DECISIONS as readonly string[]).includes(value);

/**
 * What afterDecision needs from the app (mailer, public URL, the OAuth core's cache). The source
 * is one constant shared by every app built in this process, so each app binds its own
 * dependencies to its database handle: the moderation domain calls afterDecision with app.db.
 */
interface Bound {
  mailer: Mailer;
  publicUrl: string;
  forgetApplication(clientId: string): void;
}
const bindings = new WeakMap<Db, Bound>();

export function bindSubscriptionsModeration(app: FastifyInstance): void {
  bindings.set(app.db, { mailer: app.mailer, publicUrl: app.config.publicUrl, forgetApplication: (clientId) => app.developer.forgetApplication(clientId) });
}

interface Row {
  id: number;
  api: string;
  status: SubscriptionStatus;
  use_case: string;
  staff_reason: string | null;
  submitted_at: Date | null;
  application_id: number;
  application_name: string;
  application_status: string;
  client_id: string;
  website: string | null;
  owner_email: string;
}

function select(db: Db) {
  return db
    .selectFrom('api_subscriptions as s')
    .innerJoin('developer_applications as d', 'd.id', 's.application_id')
    .innerJoin('accounts as a', 'a.id', 'd.owner_account_id')
    .select([
      's.id',
      's.api',
      's.status',
      's.use_case',
      's.staff_reason',
      's.submitted_at',
      'd.id as application_id',
      'd.name as application_name',
      'd.status as application_status',
      'd.client_id',
      'd.website',
      'a.email as owner_email',
    ]);
}

const apiName = (slug: string) => {
  const api = findApi(slug);
  return api ? `${api.name} (${api.version})` : slug;
};

function toItem(row: Row): ModerationItem {
  const revoked = row.application_status !== 'active';
  return {
    kind: SUBSCRIPTION_KIND,
    id: row.id,
    title: `Abonnement de « ${row.application_name} » à l’API ${apiName(row.api)}`,
    context: { href: `/administration/applications/${row.application_id}`, label: 'Voir l’application et ses abonnements' },
    content: row.use_case || '(aucune description de l’usage)',
    facts: [
      { label: 'Application', value: `${row.application_name} (${row.client_id})` },
      { label: 'Propriétaire', value: row.owner_email },
      { label: 'API', value: apiName(row.api) },
      { label: 'Site web', value: row.website ?? 'Non renseigné' },
      ...(row.submitted_at ? [{ label: 'Envoyée le', value: formatDateTime(row.submitted_at) }] : []),
      ...(row.staff_reason ? [{ label: 'Dernier message de l’équipe', value: row.staff_reason }] : []),
    ],
    signals: [],
    waitingSince: row.status === 'soumise' && !revoked ? row.submitted_at : null,
    state: `${stateLabel(row.status)}${revoked ? ' (application révoquée)' : ''}`,
  };
}

function pending(db: Db, waitingBefore: Date | null) {
  return select(db)
    .where('s.status', '=', 'soumise')
    .where('d.status', '=', 'active')
    .$if(waitingBefore !== null, (qb) => qb.where('s.submitted_at', '<', waitingBefore!));
}

/** Requests for restricted APIs in the one moderation queue; validated subscriptions may be revoked. */
export const subscriptionsModerationSource: ModerationSource = {
  kind: SUBSCRIPTION_KIND,
  label: 'Abonnements aux API',
  decisions: [
    { value: 'valider', label: 'Valider l’abonnement' },
    { value: 'demander-modifications', label: 'Demander des modifications (le motif est envoyé au développeur)' },
    { value: 'refuser', label: 'Refuser (le motif est envoyé au développeur)' },
    { value: 'revoquer', label: 'Révoquer un abonnement validé (le motif est envoyé au développeur)' },
  ],
  async listPending(db, { waitingBefore, limit }) {
    const [rows, count] = await Promise.all([
      pending(db, waitingBefore).orderBy('s.submitted_at').orderBy('s.id').limit(limit).execute(),
      pending(db, waitingBefore)
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow(),
    ]);
    return { total: Number(count.count), items: rows.map((row) => toItem(row as Row)) };
  },
  async find(db, id) {
    const row = await select(db).where('s.id', '=', id).executeTakeFirst();
    return row ? toItem(row as Row) : undefined;
  },
  async apply(trx, id, decision, context) {
    if (!isStaffDecision(decision)) return false;
    const subscription = await trx.selectFrom('api_subscriptions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!subscription) return false;
    const application = await trx.selectFrom('developer_applications').select('status').where('id', '=', subscription.application_id).executeTakeFirstOrThrow();
    if (application.status !== 'active') throw new AppError('TRANSITION_NOT_ALLOWED', 'L’application a été révoquée : ses abonnements ne peuvent plus changer.');
    const api = findApi(subscription.api);
    if (!api) throw new AppError('TRANSITION_NOT_ALLOWED', 'Cette API n’est plus proposée : l’abonnement ne peut plus changer.');
    const reason = context.reason.trim();
    if (REASON_REQUIRED.includes(decision) && !reason) throw new AppError('BAD_REQUEST', 'Indiquez le motif de la décision : il est envoyé au développeur.');
    const to = nextSubscriptionState(subscription.status, decision, 'moderateur', api.access)!;
    await trx
      .updateTable('api_subscriptions')
      .set({ status: to, staff_reason: decision === 'valider' ? null : reason, decided_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
    await insertSubscriptionEvent(trx, { subscriptionId: id, from: subscription.status, to, actorAccountId: context.moderatorAccountId, reason: reason || null });
    return true;
  },
  async afterDecision(db, id, decision, context) {
    const bound = bindings.get(db);
    const row = await select(db).where('s.id', '=', id).executeTakeFirst();
    if (!bound || !row) return;
    bound.forgetApplication(row.client_id);
    const mail = subscriptionDecisionMail(decision, {
      to: row.owner_email,
      applicationName: row.application_name,
      apiName: apiName(row.api),
      url: `${bound.publicUrl}/developpeurs/applications/${row.application_id}`,
      reason: context.reason,
    });
    if (mail) await bound.mailer.send(mail);
  },
  async describe(db, ids) {
    const rows = await select(db).where('s.id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.id, { title: `Abonnement de « ${row.application_name} » à l’API ${apiName(row.api)} (n° ${row.id})`, href: `/administration/applications/${row.application_id}` }]));
  },
  async findSubjectIds(db, text) {
    const like = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const folded = text.toLowerCase();
    const apis = DEVELOPER_APIS.filter((api) => api.slug === folded || api.name.toLowerCase().includes(folded)).map((api) => api.slug);
    const rows = await select(db)
      .where((eb) => eb.or([eb('d.name', 'ilike', like), eb('d.client_id', '=', text), eb('a.email', 'ilike', like), ...(apis.length ? [eb('s.api', 'in', apis)] : [])]))
      .limit(200)
      .execute();
    return rows.map((row) => row.id);
  },
};
