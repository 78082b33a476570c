import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { formatDateTime } from '../../../platform/html/components.js';
import type { ModerationItem, ModerationSource } from '../../moderation/index.js';
import { changedFields, contentFromJson, displayValue, FIELD_LABELS } from './service-content.js';
import type { SubmissionsService } from './submissions.service.js';
import { REVISION_STATUS_LABELS } from './workflow.js';

export const SUBMISSION_KIND = 'fiche-service';

interface PendingRow {
  id: number;
  service_id: number | null;
  status: string;
  content: unknown;
  base_content: unknown;
  submitted_at: Date | null;
  updated_at: Date;
  organisation_name: string;
}

function toItem(row: PendingRow): ModerationItem {
  const content = contentFromJson(row.content);
  const base = row.base_content ? contentFromJson(row.base_content) : null;
  const changed = changedFields(base, content);
  const title = base ? `Modification de « ${base.name} » (${row.organisation_name})` : `Nouveau service « ${content.name} » (${row.organisation_name})`;
  const lines = base
    ? changed.map((field) => `${FIELD_LABELS[field]} : « ${displayValue(base, field).slice(0, 300)} » → « ${displayValue(content, field).slice(0, 300)} »`)
    : [content.pitch, '', content.description.slice(0, 1500)];
  return {
    kind: SUBMISSION_KIND,
    id: row.id,
    title,
    context: { href: `/administration/fiches/${row.id}`, label: base ? 'Voir la fiche et les modifications' : 'Voir l’aperçu complet de la fiche' },
    content: lines.join('\n'),
    facts: [
      { label: 'Organisation', value: row.organisation_name },
      { label: 'Nature', value: base ? `Modification d’un service publié (${changed.length} champ${changed.length > 1 ? 's' : ''})` : 'Nouveau service' },
      { label: 'Adresse du service', value: content.url },
      ...(row.submitted_at ? [{ label: 'Envoyée le', value: formatDateTime(row.submitted_at) }] : []),
    ],
    signals: [],
    waitingSince: row.status === 'soumis' ? row.submitted_at : null,
    state: REVISION_STATUS_LABELS[row.status as keyof typeof REVISION_STATUS_LABELS] ?? row.status,
  };
}

function selectRevisions(db: Db) {
  return db
    .selectFrom('service_revisions as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.id', 'r.service_id', 'r.status', 'r.content', 'r.base_content', 'r.submitted_at', 'r.updated_at', 'o.name as organisation_name']);
}

/** Service submissions and revisions in the one moderation queue: publish, or ask for changes. */
export function submissionsModerationSource(submissions: SubmissionsService): ModerationSource {
  return {
    kind: SUBMISSION_KIND,
    label: 'Fiches de service',
    decisions: [
      { value: 'publier', label: 'Publier' },
      { value: 'demander-modifications', label: 'Demander des modifications (le motif est envoyé au partenaire)' },
    ],
    async listPending(db, { waitingBefore, limit }) {
      let query = selectRevisions(db).where('r.status', '=', 'soumis');
      if (waitingBefore) query = query.where('r.submitted_at', '<', waitingBefore);
      const [rows, count] = await Promise.all([
        query.orderBy('r.submitted_at').limit(limit).execute(),
        db
          .selectFrom('service_revisions')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('status', '=', 'soumis')
          .$if(waitingBefore !== null, (qb) => qb.where('submitted_at', '<', waitingBefore!))
          .executeTakeFirstOrThrow(),
      ]);
      return { total: Number(count.count), items: rows.map((row) => toItem(row as PendingRow)) };
    },
    async find(db, id) {
      const row = await selectRevisions(db).where('r.id', '=', id).executeTakeFirst();
      return row ? toItem(row as PendingRow) : undefined;
    },
    async apply(trx, id, decision, context) {
      if (decision !== 'publier' && decision !== 'demander-modifications') return false;
      return submissions.moderate(trx, id, decision, context.reason, context.moderatorAccountId);
    },
    async afterDecision(_db, id, decision, context) {
      await submissions.notifyDecision(id, decision, context.reason);
    },
    async describe(db, ids) {
      const rows = await db
        .selectFrom('service_revisions')
        .select(['id', sql<string>`content->>'name'`.as('name'), 'service_id'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map((row) => [row.id, { title: `Fiche « ${row.name} » (n° ${row.id})`, href: `/administration/fiches/${row.id}` }]));
    },
    async findSubjectIds(db, text) {
      const rows = await db
        .selectFrom('service_revisions')
        .select('id')
        .where(sql<boolean>`fold(content->>'name') LIKE '%' || fold(${text}) || '%'`)
        .limit(200)
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
