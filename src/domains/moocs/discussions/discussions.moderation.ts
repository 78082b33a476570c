import { formatDate } from '../../../platform/html/components.js';
import type { ModerationItem, ModerationSource } from '../../moderation/index.js';
import { describeSubjects, findModerated, listPending, MODERATION_KINDS, type ModeratedRow, searchSubjectIds } from './discussions-moderation.repository.js';
import { threadHref } from './discussions.paths.js';
import { applyDecision, REASON_LABELS, type ReportReason, type SubjectKind } from './reports.repository.js';

const titleOf = (kind: SubjectKind, row: Pick<ModeratedRow, 'id' | 'thread_title' | 'course_name'>) =>
  kind === 'sujet' ? `Sujet n° ${row.id} « ${row.thread_title} » (MOOC « ${row.course_name} »)` : `Message n° ${row.id} dans « ${row.thread_title} » (MOOC « ${row.course_name} »)`;

const hrefOf = (kind: SubjectKind, row: ModeratedRow) =>
  `${threadHref(row.course_slug, row.session_id, row.thread_id)}${kind === 'message' ? `#message-${row.id}` : ''}`;

function stateOf(row: ModeratedRow): string {
  if (row.status === 'publie') return row.reasons.length ? 'Publié, signalé' : 'Publié';
  return row.last_decision === 'masquer' ? 'Masqué par un modérateur' : 'Masqué automatiquement (signalements)';
}

function toItem(kind: SubjectKind, row: ModeratedRow): ModerationItem {
  return {
    kind: MODERATION_KINDS[kind],
    id: row.id,
    title: titleOf(kind, row),
    context: { href: hrefOf(kind, row), label: `Voir la discussion « ${row.thread_title} » (${row.session_name})` },
    content: row.body,
    facts: [
      { label: 'Auteur', value: row.author_name ?? (row.account_id ? 'Un apprenant (sans nom affiché)' : 'Compte supprimé') },
      { label: 'Publié le', value: formatDate(row.created_at) },
      { label: 'Session', value: row.session_name },
    ],
    signals: row.reasons.map((item) => ({ label: REASON_LABELS[item.reason as ReportReason] ?? item.reason, count: item.count })),
    waitingSince: row.waiting_since ? new Date(row.waiting_since) : null,
    state: stateOf(row),
  };
}

function source(kind: SubjectKind): ModerationSource {
  const what = kind === 'sujet' ? 'le sujet' : 'le message';
  return {
    kind: MODERATION_KINDS[kind],
    label: kind === 'sujet' ? 'Sujets des discussions de MOOC' : 'Messages des discussions de MOOC',
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

/** MOOC discussions in the moderation queue: reported or hidden threads, and reported or hidden replies. */
export const threadsModerationSource = source('sujet');
export const postsModerationSource = source('message');
