import { CsrfField, type FieldErrors, Notice } from '../../../../platform/html/forms.js';
import type { Membership } from '../../partners/membership.js';
import { PartnerSpaceLayout } from '../../partners/partner-space-layout.js';
import { ContentDiff, ContentView } from '../components/content-view.js';
import { StepLinks, Stepper } from '../components/stepper.js';
import { FIELD_LABELS, STEPS, type Step } from '../service-content.js';
import type { Revision } from '../submissions.repository.js';
import { revisionActionHref, revisionHistoryHref, stepHref } from '../submissions.paths.js';
import { availableRevisionActions, REVISION_STATUS_LABELS, type Actor } from '../workflow.js';

export interface PreviewProps {
  membership: Membership;
  actor: Actor;
  revision: Revision;
  invalid: { step: Step; errors: FieldErrors }[];
  csrfToken: string;
  notice?: string;
}

const BUTTONS = {
  soumettre: { label: 'Envoyer à la modération', class: 'fr-btn' },
  retirer: { label: 'Retirer de la modération pour modifier', class: 'fr-btn fr-btn--secondary' },
  abandonner: { label: 'Abandonner ce brouillon', class: 'fr-btn fr-btn--tertiary' },
} as const;

/** The last step: the fiche as it will appear, what is missing, what changed, and the sending. */
export function PreviewPage({ membership, actor, revision, invalid, csrfToken, notice }: PreviewProps) {
  const org = membership.organisation.slug;
  const step = STEPS[STEPS.length - 1]!;
  const actions = availableRevisionActions(revision.status, actor).filter((action): action is keyof typeof BUTTONS => action in BUTTONS);
  const title = revision.baseContent ? `Modifier « ${revision.baseContent.name} »` : `Fiche « ${revision.content.name || 'sans nom'} »`;
  return (
    <PartnerSpaceLayout membership={membership} section="services" title={title} crumbs={[{ label: title }]}>
      <Stepper current={step} />
      <StepLinks current={step} href={(target) => stepHref(org, revision.id, target.slug)} />
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        État : <strong>{REVISION_STATUS_LABELS[revision.status]}</strong>.{' '}
        <a href={revisionHistoryHref(org, revision.id)}>Historique de la fiche</a>
      </p>
      {revision.status === 'soumis' ? (
        <Notice type="info">La fiche est en cours de relecture par la modération. Pour la modifier, retirez-la d’abord de la modération.</Notice>
      ) : null}
      {revision.moderatorComment && revision.status === 'modifications-demandees' ? (
        <div class="fr-callout fr-mb-3w">
          <h2 class="fr-callout__title fr-h6">Modifications demandées par la modération</h2>
          <p class="fr-callout__text es-pre-line">{revision.moderatorComment}</p>
        </div>
      ) : null}
      {invalid.length && revision.status !== 'soumis' ? (
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <h2 class="fr-alert__title">Avant l’envoi, complétez la fiche</h2>
          <ul>
            {invalid.map(({ step: target, errors }) => (
              <li key={target.slug}>
                <a href={stepHref(org, revision.id, target.slug)}>{target.title}</a> :{' '}
                {Object.entries(errors)
                  .map(([field, message]) => `${FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? field} — ${message}`)
                  .join(' ; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2 class="fr-h4">Aperçu</h2>
      <ContentView content={revision.content} organisationName={membership.organisation.name} />
      {revision.baseContent ? (
        <>
          <h2 class="fr-h4">Ce qui change par rapport à la fiche publiée</h2>
          <ContentDiff before={revision.baseContent} after={revision.content} caption="Champs modifiés" />
        </>
      ) : null}
      {actions.length ? (
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          {actions.map((action) => (
            <li key={action}>
              <form method="post" action={revisionActionHref(org, revision.id, action)}>
                <CsrfField token={csrfToken} />
                <button class={BUTTONS[action].class} type="submit" disabled={action === 'soumettre' && invalid.length > 0}>
                  {BUTTONS[action].label}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
    </PartnerSpaceLayout>
  );
}
