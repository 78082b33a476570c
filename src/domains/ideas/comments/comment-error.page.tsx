import { CsrfField, ErrorSummary, type FieldErrors, Notice } from '../../../platform/html/forms.js';
import { CommentField, commentsAction } from './comments-section.js';

export interface CommentErrorPageProps {
  ideaId: number;
  csrfToken: string;
  values: { body: string; parent: string };
  errors: FieldErrors;
  formError?: string;
}

/** « Votre commentaire »: a refused comment or reply, the reasons, and the text kept to send again. */
export function CommentErrorPage({ ideaId, csrfToken, values, errors, formError }: CommentErrorPageProps) {
  const fieldId = 'champ-commentaire';
  return (
    <div class="fr-container fr-my-7w">
      <h1>{values.parent ? 'Votre réponse' : 'Votre commentaire'}</h1>
      {formError && <Notice type="error">{formError}</Notice>}
      <ErrorSummary errors={Object.fromEntries(Object.entries(errors).map(([, message]) => ['commentaire', message]))} />
      <form method="post" action={commentsAction(ideaId)}>
        <CsrfField token={csrfToken} />
        {values.parent && <input type="hidden" name="parent" value={values.parent} />}
        <CommentField id={fieldId} label={values.parent ? 'Votre réponse' : 'Votre commentaire'} value={values.body} error={errors.body} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" class="fr-btn">
              Publier
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={`/idees/${ideaId}#commentaires`}>
              Retour à l’idée
            </a>
          </li>
        </ul>
      </form>
    </div>
  );
}
