import { Breadcrumb, formatNumber } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Textarea } from '../../../platform/html/forms.js';
import type { DecisionRow } from '../moderation.repository.js';
import { MAX_REASON_LENGTH } from '../moderation.service.js';
import type { ModerationItem, ModerationSource } from '../moderation.source.js';
import { formatDateTime, ItemDetails } from './item-details.js';

export interface ItemPageProps {
  source: ModerationSource;
  item: ModerationItem;
  history: DecisionRow[];
  csrfToken: string;
  values: { decision: string; reason: string };
  errors: FieldErrors;
  /** Shown when the form expired (CSRF): the input is kept. */
  formError?: string;
}

const decisionLabel = (source: ModerationSource, value: string) => source.decisions.find((option) => option.value === value)?.label ?? value;

/** One item to judge, its earlier decisions, and the decision form (a reason is mandatory). */
export function ItemPage({ source, item, history, csrfToken, values, errors, formError }: ItemPageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Modération', href: '/moderation' }, { label: item.title }]} />
      <h1 class="fr-h2">{item.title}</h1>
      {formError ? (
        <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
          <p>{formError}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={{ decision: 'Décision', reason: 'Motif' }} />
      <div class="fr-grid-row fr-grid-row--gutters">
        <section class="fr-col-12 fr-col-md-7" aria-labelledby="titre-contenu">
          <h2 id="titre-contenu" class="fr-h4">
            Contenu signalé
          </h2>
          <ItemDetails item={item} headingLevel={null} />
          <h2 class="fr-h4 fr-mt-4w">Décisions précédentes</h2>
          {history.length ? (
            <ul>
              {history.map((row) => (
                <li key={row.id}>
                  {formatDateTime(row.created_at)} — {decisionLabel(source, row.decision)} par {row.moderator_name ?? 'un compte supprimé'} : « {row.reason} »
                </li>
              ))}
            </ul>
          ) : (
            <p>Aucune décision n’a encore été prise sur ce contenu.</p>
          )}
        </section>
        <section class="fr-col-12 fr-col-md-5" aria-labelledby="titre-decision">
          <h2 id="titre-decision" class="fr-h4">
            Votre décision
          </h2>
          <form method="post" action={`/moderation/${item.kind}/${item.id}`} novalidate>
            <CsrfField token={csrfToken} />
            <fieldset class={`fr-fieldset${errors.decision ? ' fr-fieldset--error' : ''}`} id="champ-decision" aria-labelledby="champ-decision-legende">
              <legend class="fr-fieldset__legend" id="champ-decision-legende">
                Décision
              </legend>
              {source.decisions.map((option) => (
                <div class="fr-fieldset__element" key={option.value}>
                  <div class="fr-radio-group">
                    <input type="radio" id={`decision-${option.value}`} name="decision" value={option.value} checked={values.decision === option.value} />
                    <label class="fr-label" for={`decision-${option.value}`}>
                      {option.label}
                    </label>
                  </div>
                </div>
              ))}
              {errors.decision ? <p class="fr-error-text fr-fieldset__element">{errors.decision}</p> : null}
            </fieldset>
            <Textarea
              name="reason"
              label="Motif"
              hint={`Obligatoire, ${formatNumber(MAX_REASON_LENGTH)} caractères au maximum. Il est conservé dans l’historique des décisions.`}
              value={values.reason}
              error={errors.reason}
              rows={5}
            />
            <button class="fr-btn" type="submit">
              Enregistrer la décision
            </button>
          </form>
        </section>
      </div>
    </div>
  );
}
