import type { ComponentChildren } from 'preact';
import { Container } from '../../../platform/html/components.js';
import { ErrorSummary, type FieldErrors } from '../../../platform/html/forms.js';

const LABELS: Record<string, string> = { statut: 'Statut', reponse: 'Réponse officielle', reponseFusion: 'Réponse officielle', cible: 'Idée qui regroupe celle-ci', service: 'Service du Store', application: 'Application', note: 'Un mot sur votre projet' };

/** A refused staff (or pledge) form, alone on its page: the errors, the form as typed, the way back. */
export function StaffFormErrorPage({ heading, ideaId, ideaTitle, errors, children }: { heading: string; ideaId: number; ideaTitle: string; errors: FieldErrors; children: ComponentChildren }) {
  return (
    <Container class="fr-my-6w">
      <h1>{heading}</h1>
      <p>
        Idée n° {ideaId} : « {ideaTitle} »
      </p>
      <ErrorSummary errors={errors} labels={LABELS} />
      {children}
      <p class="fr-mt-4w">
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={`/idees/${ideaId}`}>
          Revenir à l’idée sans enregistrer
        </a>
      </p>
    </Container>
  );
}
