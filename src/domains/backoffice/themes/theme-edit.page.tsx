import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Textarea } from '../../../platform/html/forms.js';
import { renderMarkdown } from '../../../platform/html/markdown.js';
import { BackofficeLayout } from '../backoffice-layout.js';
import type { EditableTheme, ThemeTexts } from './themes.repository.js';
import { THEME_LIMITS } from './themes.service.js';

export const THEME_FIELD_LABELS: Record<keyof ThemeTexts, string> = { name: 'Nom', summary: 'Résumé', description: 'Description' };

export interface ThemeEditProps {
  /** The saved theme (shown in the preview). */
  theme: EditableTheme;
  values: ThemeTexts;
  fingerprint: string;
  csrfToken: string;
  errors: FieldErrors;
  formError?: string;
  notice?: string;
}

export function ThemeEditPage({ theme, values, fingerprint, csrfToken, errors, formError, notice }: ThemeEditProps) {
  return (
    <BackofficeLayout section="thematiques" title={`Modifier la thématique « ${theme.name} »`} crumbs={[{ label: theme.name }]}>
      {notice ? <Notice>{notice}</Notice> : null}
      {formError ? <Notice type="error">{formError}</Notice> : null}
      <ErrorSummary errors={errors} labels={THEME_FIELD_LABELS} />
      <form method="post" action={`/administration/thematiques/${theme.slug}`} novalidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="empreinte" value={fingerprint} />
        <Input name="name" label="Nom" hint={`Entre 1 et ${THEME_LIMITS.name} caractères.`} value={values.name} error={errors.name} maxLength={THEME_LIMITS.name} required />
        <Textarea name="summary" label="Résumé" hint={`Une phrase, affichée sous le nom sur les tuiles (${THEME_LIMITS.summary} caractères au plus).`} value={values.summary} error={errors.summary} maxLength={THEME_LIMITS.summary} rows={3} />
        <Textarea
          name="description"
          label="Description"
          hint={`Présentation en Markdown (paragraphes séparés par une ligne vide, **gras**, listes, liens) ; ${new Intl.NumberFormat('fr-FR').format(THEME_LIMITS.description)} caractères au plus.`}
          value={values.description}
          error={errors.description}
          maxLength={THEME_LIMITS.description}
          rows={12}
        />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button class="fr-btn" type="submit">
              Enregistrer
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/administration/thematiques">
              Annuler
            </a>
          </li>
        </ul>
      </form>
      <section class="fr-mt-6w" aria-labelledby="titre-apercu">
        <h2 id="titre-apercu" class="fr-h4">
          Aperçu de la version enregistrée
        </h2>
        <div class="fr-card fr-p-3w">
          <p class="fr-text--bold fr-mb-1w">{theme.name}</p>
          <p class="fr-text--sm">{theme.summary}</p>
          <div class="es-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(theme.description) }} />
        </div>
        <p class="fr-mt-2w">
          <a href={`/thematiques/${theme.slug}`}>Voir la page publique de la thématique « {theme.name} »</a>
        </p>
      </section>
    </BackofficeLayout>
  );
}
