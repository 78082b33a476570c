import { Breadcrumb, Container, plural } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Notice, RadioFieldset, Select, Textarea } from '../../../../platform/html/forms.js';
import { THEMES } from '../../../catalogue/index.js';
import { IDEA_STATUS_LABELS } from '../../ideas.vocabulary.js';
import type { SimilarIdea } from '../ideas.repository.js';
import { AUDIENCES, DESCRIPTION_MAX, type IdeaFormValues, TITLE_MAX } from '../ideas.service.js';
import { ideaHref } from './idea-components.js';

export const SIMILAR_IDEAS_SCRIPT = '/static/js/similar-ideas.js';

const LABELS = { title: 'Titre', description: 'Description', theme: 'Thématique', audience: 'Public concerné' };

export function IdeaFormPage({
  mode,
  ideaId,
  values,
  errors,
  formError,
  similar,
  csrfToken,
}: {
  mode: 'proposer' | 'modifier';
  ideaId?: number;
  values: IdeaFormValues;
  errors: FieldErrors;
  formError?: string;
  similar?: SimilarIdea[];
  csrfToken: string;
}) {
  const title = mode === 'proposer' ? 'Proposer une idée' : 'Modifier mon idée';
  const action = mode === 'proposer' ? '/idees/proposer' : `/idees/${ideaId}/modifier`;
  return (
    <Container class="fr-my-4w">
      <Breadcrumb
        crumbs={[
          { label: 'Accueil', href: '/' },
          { label: 'Emploi Store idées', href: '/idees' },
          ...(ideaId ? [{ label: values.title || 'Idée', href: ideaHref(ideaId) }] : []),
          { label: title },
        ]}
      />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>{title}</h1>
          {formError ? <Notice type="error">{formError}</Notice> : null}
          <ErrorSummary errors={errors} labels={LABELS} />
          {similar?.length ? (
            <div class="fr-alert fr-alert--info fr-mb-4w" role="status" id="idees-proches">
              <h2 class="fr-alert__title">Des idées proches existent déjà : soutenez-les plutôt</h2>
              <ul>
                {similar.map((idea) => (
                  <li key={idea.id}>
                    <a href={ideaHref(idea.id)}>{idea.title}</a> ({IDEA_STATUS_LABELS[idea.status]}, {plural(idea.supportsCount, 'soutien', 'soutiens')})
                  </li>
                ))}
              </ul>
              <p>Si votre idée est différente, vous pouvez la publier quand même avec le bouton en bas du formulaire.</p>
            </div>
          ) : null}
          <p class="fr-text--sm">Tous les champs sont obligatoires.</p>
          <form method="post" action={action} novalidate>
            <CsrfField token={csrfToken} />
            {similar?.length ? <input type="hidden" name="confirm" value="oui" /> : null}
            <div class={`fr-input-group${errors.title ? ' fr-input-group--error' : ''}`}>
              <SimilarAwareTitle value={values.title} error={errors.title} enabled={mode === 'proposer'} />
            </div>
            <Textarea name="description" label={LABELS.description} hint={`Expliquez le besoin et ce qui aiderait, en ${DESCRIPTION_MAX} caractères au plus (20 au moins). Mise en forme Markdown possible.`} value={values.description} error={errors.description} rows={10} maxLength={DESCRIPTION_MAX} />
            <Select name="theme" label={LABELS.theme} options={THEMES.map((theme) => ({ value: theme.slug, label: theme.name }))} value={values.theme} error={errors.theme} placeholder="Choisir une thématique" />
            <RadioFieldset name="audience" legend="À qui s’adresse cette idée ?" options={Object.entries(AUDIENCES).map(([value, label]) => ({ value, label }))} value={values.audience} error={errors.audience} />
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button class="fr-btn" type="submit">
                  {similar?.length ? 'Publier quand même' : mode === 'proposer' ? 'Publier mon idée' : 'Enregistrer les modifications'}
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" href={ideaId ? ideaHref(ideaId) : '/idees'}>
                  Annuler
                </a>
              </li>
            </ul>
          </form>
        </div>
      </div>
    </Container>
  );
}

/** The title input; on the proposal form it carries `data-similar-ideas` (public/js/similar-ideas.js). */
function SimilarAwareTitle({ value, error, enabled }: { value: string; error?: string; enabled: boolean }) {
  const id = 'champ-title';
  const hint = `De 5 à ${TITLE_MAX} caractères : une phrase courte qui résume l’idée.`;
  return (
    <>
      <label class="fr-label" for={id}>
        {LABELS.title}
        <span class="fr-hint-text" id={`${id}-aide`}>
          {hint}
        </span>
      </label>
      <input
        class={`fr-input${error ? ' fr-input--error' : ''}`}
        type="text"
        id={id}
        name="title"
        value={value}
        maxLength={TITLE_MAX}
        autocomplete="off"
        aria-describedby={[`${id}-aide`, error ? `${id}-erreur` : '', enabled ? 'idees-similaires' : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? 'true' : undefined}
        data-similar-ideas={enabled ? '/idees/similaires' : undefined}
      />
      {error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
      {enabled ? <div id="idees-similaires" class="fr-mt-1w" aria-live="polite"></div> : null}
    </>
  );
}
