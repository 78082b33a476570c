import { formatDateTime } from '../../../../platform/html/components.js';
import type { Membership } from '../../partners/membership.js';
import { PartnerSpaceLayout } from '../../partners/partner-space-layout.js';
import { ContentDiff } from '../components/content-view.js';
import { FIELD_LABELS } from '../service-content.js';
import type { Revision, RevisionEvent } from '../submissions.repository.js';
import { ACTION_LABELS, REVISION_STATUS_LABELS } from '../workflow.js';

export interface HistoryProps {
  membership: Membership;
  title: string;
  revisions: Revision[];
  events: RevisionEvent[];
}

const actionLabel = (action: string) => ACTION_LABELS[action as keyof typeof ACTION_LABELS] ?? action;

/** Who changed what, and when: every revision of a service with its diff and its events. */
export function HistoryPage({ membership, title, revisions, events }: HistoryProps) {
  return (
    <PartnerSpaceLayout membership={membership} section="services" title={`Historique : ${title}`} crumbs={[{ label: `Historique : ${title}` }]}>
      {revisions.map((revision, index) => {
        const own = events.filter((event) => event.revisionId === revision.id);
        const number = revisions.length - index;
        return (
          <section class="fr-mb-6w" key={revision.id} aria-labelledby={`version-${revision.id}`}>
            <h2 class="fr-h4" id={`version-${revision.id}`}>
              Version {number} — {REVISION_STATUS_LABELS[revision.status]}
            </h2>
            <ContentDiff
              before={revision.baseContent}
              after={revision.content}
              caption={revision.baseContent ? `Modifications de la version ${number} par rapport à la fiche publiée` : `Contenu de la version ${number}`}
            />
            <h3 class="fr-h6">Événements</h3>
            <ol class="es-timeline">
              {own.map((event) => (
                <li key={event.id}>
                  <strong>{actionLabel(event.action)}</strong> — {event.actorName ?? 'un compte supprimé'}, le <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
                  {event.fromStatus && event.fromStatus !== event.toStatus
                    ? ` (${REVISION_STATUS_LABELS[event.fromStatus as keyof typeof REVISION_STATUS_LABELS] ?? event.fromStatus} → ${REVISION_STATUS_LABELS[event.toStatus as keyof typeof REVISION_STATUS_LABELS] ?? event.toStatus})`
                    : ''}
                  {event.changedFields.length ? <> : {event.changedFields.map((field) => FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? field).join(', ')}</> : null}
                  {event.comment ? <p class="fr-text--sm fr-mb-1w es-pre-line">Motif : {event.comment}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </PartnerSpaceLayout>
  );
}
