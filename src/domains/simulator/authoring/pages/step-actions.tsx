import { CsrfField } from '../../../../platform/html/forms.js';
import type { Step } from '../../engine/scenario.types.js';

/** Edit, move up or down, make it the start, delete: each a link or a small form (no script needed). */
export function StepActions({ base, step, first, last, isStart, csrfToken }: { base: string; step: Step; first: boolean; last: boolean; isStart: boolean; csrfToken: string }) {
  const action = (path: string, label: string, icon: string, title: string, secondary = true) => (
    <li>
      <form method="post" action={`${base}/etapes/${step.id}/${path}`}>
        <CsrfField token={csrfToken} />
        <button class={`fr-btn fr-btn--sm ${secondary ? 'fr-btn--tertiary' : 'fr-btn--secondary'} ${icon}`} type="submit" title={title}>
          {label}
        </button>
      </form>
    </li>
  );
  return (
    <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
      <li>
        <a class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-edit-line" href={`${base}/etapes/${step.id}`} title={`Modifier l’étape « ${step.id} »`}>
          Modifier
        </a>
      </li>
      {first ? null : action('monter', 'Monter', 'fr-icon-arrow-up-line', `Monter l’étape « ${step.id} »`)}
      {last ? null : action('descendre', 'Descendre', 'fr-icon-arrow-down-line', `Descendre l’étape « ${step.id} »`)}
      {isStart || step.kind === 'end' ? null : action('debut', 'Commencer ici', 'fr-icon-play-line', `Faire commencer l’entretien par l’étape « ${step.id} »`)}
      {action('supprimer', 'Supprimer', 'fr-icon-delete-line', `Supprimer l’étape « ${step.id} »`)}
    </ul>
  );
}
