import { auditActionLabel, auditSubjectLabel } from '../../../platform/audit/audit.labels.js';
import type { ModerationSource } from '../../moderation/index.js';

/**
 * Labels of the journal's actions and subjects: the shared ones, plus those of moderation
 * (`moderation.<kind>.<decision>`) taken from the registered moderation sources.
 */
export class JournalLabels {
  constructor(private readonly sources: readonly ModerationSource[]) {}

  private source(kind: string): ModerationSource | undefined {
    return this.sources.find((source) => source.kind === kind);
  }

  /** The French label, or the action as recorded when it has none. */
  action(action: string): string {
    const known = auditActionLabel(action);
    if (known) return known;
    const moderation = /^moderation\.([^.]+)\.(.+)$/.exec(action);
    const source = moderation ? this.source(moderation[1]!) : undefined;
    const decision = source?.decisions.find((option) => option.value === moderation![2]);
    if (source && decision) return `Modération (${source.label.toLowerCase()}) : ${decision.label}`;
    return action;
  }

  subject(kind: string): string {
    return auditSubjectLabel(kind) ?? this.source(kind)?.label ?? kind;
  }

  /** Where to see the subject now, when the back-office knows. */
  subjectHref(kind: string, id: string | null): string | null {
    if (id === null) return null;
    if (kind === 'theme') return `/thematiques/${encodeURIComponent(id)}`;
    if (this.source(kind)) return `/moderation/${kind}/${encodeURIComponent(id)}`;
    return null;
  }
}
