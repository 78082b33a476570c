import { formatDate } from '../../../platform/html/components.js';
import type { ModerationItem, ModerationSource } from '../../moderation/index.js';
import type { IdeaStatus } from '../ideas.table.js';
import { IDEA_STATUS_LABELS } from '../ideas.vocabulary.js';
import { describeSubjects, findModerated, listPending, MODERATION_KINDS, type ModeratedRow, searchSubjectIds } from './ideas-moderation.repository.js';
import { applyDecision, REASON_LABELS, type ReportReason, type ReportSubjectKind } from './reports.repository.js';

export const ideaHref = (ideaId: number) => `/idees/${ideaId}`;
export const commentHref = (ideaId: number, commentId: number) => `${ideaHref(ideaId)}#commentaire-${commentId}`;

const titleOf = (kind: ReportSubjectKind, row: Pick<ModeratedRow, 'id' | 'idea_title' | 'is_reply'>) =>
  kind === 'idee' ? `Idée n° ${row.id} « ${row.idea_title} »` : `${row.is_reply ? 'Réponse' : 'Commentaire'} n° ${row.id} sur l’idée « ${row.idea_title} »`;

const hrefOf = (kind: ReportSubjectKind, row: ModeratedRow) => (kind === 'idee' ? ideaHref(row.id) : commentHref(row.idea_id, row.id));

function stateOf(row: ModeratedRow): string {
  if (row.visibility === 'publie') return row.reasons.length ? 'Publié, signalé' : 'Publié';
  return row.last_decision === 'masquer' ? 'Masqué par un modérateur' : 'Masqué automatiquement (signalements)';
}

function toItem(kind: ReportSubjectKind, row: ModeratedRow): ModerationItem {
  return {
    kind: MODERATION_KINDS[kind],
    id: row.id,
    title: titleOf(kind, row),
    context: { href: hrefOf(kind, row), label: kind === 'idee' ? `Voir l’idée « ${row.idea_title} »` : `Voir le commentaire sous l’idée « ${row.idea_title} »` },
    content: row.body,
    facts: [
      { label: 'Auteur', value: row.author_name ?? (row.account_id ? 'Un participant (sans nom affiché)' : 'Compte supprimé') },
      { label: kind === 'idee' ? 'Proposée le' : 'Publié le', value: formatDate(row.created_at) },
      { label: 'Statut de l’idée', value: IDEA_STATUS_LABELS[row.idea_status as IdeaStatus] ?? row.idea_status },
    ],
    signals: row.reasons.map((item) => ({ label: REASON_LABELS[item.reason as ReportReason] ?? item.reason, count: item.count })),
    waitingSince: row.waiting_since ? new Date(row.waiting_since) : null,
    state: stateOf(row),
  };
}

function source(kind: ReportSubjectKind): ModerationSource {
  const what = kind === 'idee' ? 'l’idée' : 'le commentaire';
  return {
    kind: MODERATION_KINDS[kind],
    label: kind === 'idee' ? 'Idées' : 'Commentaires d’idées',
    decisions: [
      { value: 'masquer', label: `Masquer ${what}` },
      { value: 'retablir', label: `Rétablir ${what} (le publier à nouveau)` },
    ],
    async listPending(db, { waitingBefore, limit }) {
      const { total, rows } = await listPending(db, kind, waitingBefore, limit);
      return { total, items: rows.map((row) => toItem(kind, row)) };
    },
    async find(db, id) {
      const row = await findModerated(db, kind, id);
      return row ? toItem(kind, row) : undefined;
    },
    apply: (trx, id, decision) => applyDecision(trx, kind, id, decision === 'masquer' ? 'masque' : 'publie'),
    async describe(db, ids) {
      const rows = await describeSubjects(db, kind, ids);
      return new Map(rows.map((row) => [row.id, { title: titleOf(kind, row), href: hrefOf(kind, row) }]));
    },
    findSubjectIds: (db, text) => searchSubjectIds(db, kind, text),
  };
}

/** Ideas and their comments in the shared moderation queue: reported or hidden ones. */
export const ideasModerationSource = source('idee');
export const ideaCommentsModerationSource = source('commentaire');
