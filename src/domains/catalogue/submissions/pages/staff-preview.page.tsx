import { Breadcrumb } from '../../../../platform/html/components.js';
import { ContentDiff, ContentView } from '../components/content-view.js';
import type { Revision } from '../submissions.repository.js';
import { REVISION_STATUS_LABELS } from '../workflow.js';

/** What a moderator reads before deciding: the whole fiche and, for a change, the diff. */
export function StaffPreviewPage({ revision, organisationName }: { revision: Revision; organisationName: string }) {
  const title = revision.baseContent ? `Modification de « ${revision.baseContent.name} »` : `Nouveau service « ${revision.content.name} »`;
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Modération', href: '/moderation' }, { label: title }]} />
      <h1 class="fr-h2">{title}</h1>
      <p>
        Proposé par <strong>{organisationName}</strong> — état : <strong>{REVISION_STATUS_LABELS[revision.status]}</strong>.{' '}
        <a href={`/moderation/fiche-service/${revision.id}`}>Décider dans la file de modération</a>
      </p>
      {revision.baseContent ? (
        <>
          <h2 class="fr-h4">Ce qui change</h2>
          <ContentDiff before={revision.baseContent} after={revision.content} caption="Champs modifiés par rapport à la fiche publiée" />
        </>
      ) : null}
      <h2 class="fr-h4">Aperçu de la fiche</h2>
      <ContentView content={revision.content} organisationName={organisationName} />
    </div>
  );
}
