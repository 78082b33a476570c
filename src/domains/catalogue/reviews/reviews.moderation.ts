import { formatDate } from '../../../platform/html/components.js';
import type { ModerationItem, ModerationSource } from '../../moderation/index.js';
import type { ReportReason } from './reports.repository.js';
import { REASON_LABELS } from './reports.service.js';
import { applyReviewDecision, describeReviews, findModeratedReview, listPendingReviews, type ModeratedReviewRow, searchReviewIds } from './review-moderation.repository.js';

const title = (id: number, serviceName: string) => `Avis n° ${id} sur « ${serviceName} »`;

function stateOf(row: ModeratedReviewRow): string {
  if (row.status === 'publie') return row.reasons.length ? 'Publié, signalé' : 'Publié';
  return row.last_decision === 'masquer' ? 'Masqué par un modérateur' : 'Masqué automatiquement (signalements)';
}

function toItem(row: ModeratedReviewRow): ModerationItem {
  return {
    kind: 'avis',
    id: row.id,
    title: title(row.id, row.service_name),
    context: { href: `/services/${row.service_slug}${row.status === 'publie' ? `#avis-${row.id}` : ''}`, label: `Voir la page du service « ${row.service_name} »` },
    content: row.body,
    facts: [
      { label: 'Note', value: `${row.rating} sur 5` },
      { label: 'Auteur', value: row.author_name ?? (row.account_id ? 'Anonyme (sans nom affiché)' : 'Anonyme (compte supprimé)') },
      { label: 'Publié le', value: formatDate(row.created_at) },
    ],
    signals: row.reasons.map((item) => ({ label: REASON_LABELS[item.reason as ReportReason] ?? item.reason, count: item.count })),
    waitingSince: row.waiting_since ? new Date(row.waiting_since) : null,
    state: stateOf(row),
  };
}

/** Reviews in the moderation queue: reported or hidden ones; a decision hides or restores them. */
export const reviewsModerationSource: ModerationSource = {
  kind: 'avis',
  label: 'Avis',
  decisions: [
    { value: 'masquer', label: 'Masquer l’avis' },
    { value: 'retablir', label: 'Rétablir l’avis (le publier à nouveau)' },
  ],
  async listPending(db, { waitingBefore, limit }) {
    const { total, rows } = await listPendingReviews(db, waitingBefore, limit);
    return { total, items: rows.map(toItem) };
  },
  async find(db, id) {
    const row = await findModeratedReview(db, id);
    return row ? toItem(row) : undefined;
  },
  apply: (trx, id, decision) => applyReviewDecision(trx, id, decision === 'masquer' ? 'masque' : 'publie'),
  async describe(db, ids) {
    const rows = await describeReviews(db, ids);
    return new Map(rows.map((row) => [row.id, { title: title(row.id, row.service_name), href: `/services/${row.service_slug}` }]));
  },
  findSubjectIds: (db, text) => searchReviewIds(db, text),
};
