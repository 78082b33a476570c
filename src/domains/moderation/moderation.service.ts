import { findAuditActor, recordAudit } from '../../platform/audit/audit.repository.js';
import type { Db } from '../../platform/db/database.js';
import { formatNumber } from '../../platform/html/components.js';
import type { FieldErrors } from '../../platform/html/forms.js';
import { AppError } from '../../platform/http/errors.js';
import { type DecisionRow, insertDecision, listDecisions, listSubjectDecisions } from './moderation.repository.js';
import type { ModerationItem, ModerationSource } from './moderation.source.js';

export const AGE_FILTERS = { '': 'Toutes', '24h': 'En attente depuis plus de 24 heures', '7j': 'En attente depuis plus de 7 jours' } as const;
export type AgeFilter = keyof typeof AGE_FILTERS;
const AGE_SECONDS: Record<AgeFilter, number> = { '': 0, '24h': 24 * 3600, '7j': 7 * 24 * 3600 };

export const PAGE_SIZE = 20;
export const MAX_REASON_LENGTH = 2000;

export interface QueueEntry {
  source: ModerationSource;
  item: ModerationItem;
}

export interface DecisionEntry extends DecisionRow {
  source: ModerationSource | undefined;
  subject: { title: string; href: string | null } | undefined;
}

export type DecisionResult = { ok: true } | { ok: false; errors: FieldErrors };

/** Parses a subject id from a URL: anything but a positive integer is an unknown subject. */
export function parseSubjectId(value: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}

/** The one moderation queue over every registered source, and the decisions taken on it. */
export class ModerationService {
  constructor(
    private readonly db: Db,
    private readonly sources: readonly ModerationSource[],
  ) {}

  get kinds(): readonly ModerationSource[] {
    return this.sources;
  }

  source(kind: string): ModerationSource | undefined {
    return this.sources.find((source) => source.kind === kind);
  }

  private selected(kind: string): ModerationSource[] {
    if (!kind) return [...this.sources];
    const source = this.source(kind);
    if (!source) throw new AppError('INVALID_FILTER', `Le type de contenu « ${kind} » n'existe pas.`, [{ field: 'type', message: `Le type de contenu « ${kind} » n'existe pas.` }]);
    return [source];
  }

  /** Pending items of the chosen kinds, longest waiting first (sources merged). */
  async queue(kind: string, age: AgeFilter, page: number): Promise<{ entries: QueueEntry[]; total: number; pageCount: number }> {
    const waitingBefore = age ? new Date(Date.now() - AGE_SECONDS[age] * 1000) : null;
    const limit = page * PAGE_SIZE;
    const lists = await Promise.all(this.selected(kind).map(async (source) => ({ source, ...(await source.listPending(this.db, { waitingBefore, limit })) })));
    const entries = lists
      .flatMap(({ source, items }) => items.map((item) => ({ source, item })))
      .sort((a, b) => (a.item.waitingSince?.getTime() ?? 0) - (b.item.waitingSince?.getTime() ?? 0))
      .slice(limit - PAGE_SIZE, limit);
    const total = lists.reduce((sum, list) => sum + list.total, 0);
    return { entries, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  }

  async find(kind: string, rawId: string): Promise<{ source: ModerationSource; item: ModerationItem; history: DecisionRow[] }> {
    const source = this.source(kind);
    const id = parseSubjectId(rawId);
    const item = source && id ? await source.find(this.db, id) : undefined;
    if (!source || !item) throw new AppError('MODERATION_SUBJECT_NOT_FOUND');
    return { source, item, history: await listSubjectDecisions(this.db, source.kind, item.id) };
  }

  /** Validates and records a decision with the change it makes, in one transaction. */
  async decide(source: ModerationSource, id: number, input: { decision: string; reason: string }, moderatorAccountId: number): Promise<DecisionResult> {
    const errors: FieldErrors = {};
    const reason = input.reason.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
    if (!source.decisions.some((option) => option.value === input.decision)) errors.decision = 'Choisissez une décision.';
    const length = [...reason].length;
    if (!reason) errors.reason = 'Indiquez le motif de la décision : il est conservé dans l’historique.';
    else if (length > MAX_REASON_LENGTH) {
      errors.reason = `Le motif ne doit pas dépasser ${formatNumber(MAX_REASON_LENGTH)} caractères (il en compte ${formatNumber(length)}).`;
    }
    if (Object.keys(errors).length) return { ok: false, errors };
    const applied = await this.db.transaction().execute(async (trx) => {
      const before = await source.find(trx, id);
      if (!(await source.apply(trx, id, input.decision, { reason, moderatorAccountId }))) return false;
      await insertDecision(trx, { kind: source.kind, subjectId: id, decision: input.decision, reason, moderatorAccountId });
      await auditDecision(trx, source, id, input.decision, reason, moderatorAccountId, before);
      return true;
    });
    if (!applied) throw new AppError('MODERATION_SUBJECT_NOT_FOUND');
    await source.afterDecision?.(this.db, id, input.decision, { reason, moderatorAccountId });
    return { ok: true };
  }

  /** The decision history, newest first, optionally for one kind and subjects matching a search. */
  async history(kind: string, q: string, page: number): Promise<{ entries: DecisionEntry[]; total: number; pageCount: number }> {
    const sources = this.selected(kind);
    const text = q.trim();
    let subjects: Map<string, number[]> | null = null;
    if (text) {
      const id = parseSubjectId(text.replace(/^n°\s*/i, ''));
      subjects = new Map();
      for (const source of sources) {
        const ids = id ? [id] : await source.findSubjectIds(this.db, text);
        if (ids.length) subjects.set(source.kind, ids);
      }
    }
    const { total, rows } = await listDecisions(this.db, { kinds: sources.map((source) => source.kind), subjects, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const described = new Map<string, Map<number, { title: string; href: string | null }>>();
    for (const source of sources) {
      const ids = rows.filter((row) => row.subject_kind === source.kind).map((row) => row.subject_id);
      if (ids.length) described.set(source.kind, await source.describe(this.db, ids));
    }
    const entries = rows.map((row) => ({ ...row, source: this.source(row.subject_kind), subject: described.get(row.subject_kind)?.get(row.subject_id) }));
    return { entries, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  }
}

/**
 * Every decision goes to the staff audit log too, whatever its source: action
 * `moderation.<kind>.<decision>`, the subject's state before and after.
 */
async function auditDecision(trx: Db, source: ModerationSource, id: number, decision: string, reason: string, moderatorAccountId: number, before: ModerationItem | undefined): Promise<void> {
  const after = await source.find(trx, id);
  const label = source.decisions.find((option) => option.value === decision)?.label ?? decision;
  const title = after?.title ?? before?.title ?? `${source.label} n° ${id}`;
  await recordAudit(trx, {
    actor: await findAuditActor(trx, moderatorAccountId),
    action: `moderation.${source.kind}.${decision}`,
    subjectKind: source.kind,
    subjectId: id,
    summary: `Décision de modération « ${label} » : ${title}`,
    before: { etat: before?.state ?? null },
    after: { etat: after?.state ?? null, decision: label, motif: reason },
  });
}
