import { CheckboxFieldset, CsrfField, ErrorSummary, type FieldErrors, Input, Notice, RadioFieldset, Textarea } from '../../../../platform/html/forms.js';
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  LANGUAGE_LABELS,
  PLATFORM_LABELS,
  PLATFORMS,
  PRICE_LABELS,
  PRICE_MODELS,
  SERVICE_TYPES,
  TYPE_LABELS,
} from '../../catalogue.vocabulary.js';
import type { Membership } from '../../partners/membership.js';
import { PartnerSpaceLayout } from '../../partners/partner-space-layout.js';
import { THEMES } from '../../themes.data.js';
import { FIELD_LABELS, LIMITS, type ServiceContent, type Step } from '../service-content.js';
import { StepLinks, Stepper } from '../components/stepper.js';
import { stepHref } from '../submissions.paths.js';

export interface StepFormProps {
  membership: Membership;
  /** null while the service is not created yet (the first step of a new service). */
  revisionId: number | null;
  step: Step;
  content: ServiceContent;
  errors: FieldErrors;
  csrfToken: string;
  action: string;
  notice?: string;
  /** The moderator's comment when changes were asked for. */
  moderatorComment?: string | null;
  isUpdate: boolean;
}

function Fields({ step, content, errors }: { step: Step; content: ServiceContent; errors: FieldErrors }) {
  switch (step.slug) {
    case 'presentation':
      return (
        <>
          <Input name="name" label={FIELD_LABELS.name} value={content.name} error={errors.name} maxLength={LIMITS.name} required />
          <Input name="pitch" label={FIELD_LABELS.pitch} hint={`Une phrase qui dit à quoi sert le service (${LIMITS.pitch} caractères au plus).`} value={content.pitch} error={errors.pitch} maxLength={LIMITS.pitch} />
          <Textarea
            name="description"
            label={FIELD_LABELS.description}
            hint="À quoi sert le service, pour qui, comment l’utiliser. 50 caractères au moins. Mise en forme Markdown possible : **gras**, listes avec « - », liens."
            value={content.description}
            error={errors.description}
            maxLength={LIMITS.description}
            rows={12}
          />
          <RadioFieldset name="type" legend={FIELD_LABELS.type} options={SERVICE_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }))} value={content.type} error={errors.type} />
        </>
      );
    case 'public':
      return (
        <>
          <RadioFieldset name="audience" legend={FIELD_LABELS.audience} options={AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }))} value={content.audience} error={errors.audience} />
          <CheckboxFieldset
            name="themes"
            legend={FIELD_LABELS.themes}
            hint="Les étapes du parcours où le service aide ; une au moins."
            options={THEMES.map((theme) => ({ value: theme.slug, label: theme.name }))}
            values={content.themes}
            error={errors.themes}
          />
          <Input
            name="romeCodes"
            label={FIELD_LABELS.romeCodes}
            hint="Facultatif. Codes du répertoire ROME séparés par des virgules, par exemple M1607, K2111 (10 au plus)."
            value={content.romeCodes.join(', ')}
            error={errors.romeCodes}
            maxLength={200}
          />
        </>
      );
    case 'acces':
      return (
        <>
          <Input name="url" label={FIELD_LABELS.url} hint="L’adresse complète où trouver le service, par exemple https://www.exemple.fr/service" value={content.url} error={errors.url} maxLength={LIMITS.url} autocomplete="url" />
          <CheckboxFieldset name="platforms" legend={FIELD_LABELS.platforms} options={PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] }))} values={content.platforms} error={errors.platforms} inline />
          <CheckboxFieldset
            name="languages"
            legend={FIELD_LABELS.languages}
            options={Object.entries(LANGUAGE_LABELS).map(([value, label]) => ({ value, label: label.charAt(0).toUpperCase() + label.slice(1) }))}
            values={content.languages}
            error={errors.languages}
            inline
          />
          <RadioFieldset name="priceModel" legend={FIELD_LABELS.priceModel} options={PRICE_MODELS.map((value) => ({ value, label: PRICE_LABELS[value] }))} value={content.priceModel} error={errors.priceModel} />
          <Input name="priceText" label={FIELD_LABELS.priceText} hint="Obligatoire si le service n’est pas gratuit, par exemple « 9 € par mois, essai gratuit de 7 jours »." value={content.priceText} error={errors.priceText} maxLength={LIMITS.priceText} />
          <Textarea
            name="accessibility"
            label={FIELD_LABELS.accessibility}
            hint="Facultatif. Niveau de conformité (RGAA), adaptations proposées, contact en cas de difficulté."
            value={content.accessibility}
            error={errors.accessibility}
            maxLength={LIMITS.accessibility}
            rows={4}
          />
        </>
      );
    default:
      return null;
  }
}

/** One step of the submission form: its fields, "save and continue", "save as draft". */
export function StepFormPage(props: StepFormProps) {
  const { membership, step, content, errors } = props;
  const slug = membership.organisation.slug;
  const title = props.revisionId === null ? 'Proposer un nouveau service' : props.isUpdate ? `Modifier « ${content.name} »` : `Fiche « ${content.name || 'sans nom'} »`;
  return (
    <PartnerSpaceLayout membership={membership} section="services" title={title} crumbs={[{ label: title }]}>
      <Stepper current={step} />
      {props.revisionId !== null ? <StepLinks current={step} href={(target) => stepHref(slug, props.revisionId!, target.slug)} /> : null}
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      {props.moderatorComment ? (
        <div class="fr-callout fr-mb-3w">
          <h2 class="fr-callout__title fr-h6">Modifications demandées par la modération</h2>
          <p class="fr-callout__text es-pre-line">{props.moderatorComment}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={FIELD_LABELS as Record<string, string>} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrfToken} />
        <Fields step={step} content={content} errors={errors} />
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <button class="fr-btn" type="submit" name="intent" value="continuer">
              Enregistrer et continuer
            </button>
          </li>
          <li>
            <button class="fr-btn fr-btn--secondary" type="submit" name="intent" value="brouillon">
              Enregistrer le brouillon
            </button>
          </li>
        </ul>
      </form>
    </PartnerSpaceLayout>
  );
}
